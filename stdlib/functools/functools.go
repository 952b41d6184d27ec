// Package functools is asl's functools module: reduce, partial, cache,
// lru_cache and wraps.
package functools

import (
	"github.com/asl-lang/asl/vm"
)

func init() { vm.RegisterModule("functools", build) }

type fn = func(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error)

func build(t *vm.Thread) vm.Value {
	d := vm.NewDict().Dict()
	for name, f := range map[string]fn{
		"reduce": reduce, "partial": partial, "cache": cache, "lru_cache": lruCache, "wraps": wraps,
	} {
		d.SetStr(name, vm.NewBuiltin(name, f))
	}
	return vm.NewModule("functools", d)
}

func reduce(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) < 2 || len(a) > 3 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "reduce expected at least 2 arguments, got %d", len(a))
	}
	items, err := t.Iterate(a[1])
	if err != nil {
		if e, ok := err.(*vm.Exception); ok && vm.TypeName(e.Value) == "TypeError" {
			return vm.Value{}, vm.Errorf(vm.TypeErrorType, "reduce() arg 2 must support iteration")
		}
		return vm.Value{}, err
	}
	var acc vm.Value
	switch {
	case len(a) == 3:
		acc = a[2]
	case len(items) == 0:
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "reduce() of empty iterable with no initial value")
	default:
		acc, items = items[0], items[1:]
	}
	for _, x := range items {
		if acc, err = t.Call(a[0], []vm.Value{acc, x}, nil); err != nil {
			return vm.Value{}, err
		}
	}
	return acc, nil
}

// partial(f, *args, **kw) calls f with args and kw before the call's own.
func partial(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) == 0 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "type 'partial' takes at least one argument")
	}
	f := a[0]
	pre := append([]vm.Value(nil), a[1:]...)
	var preKw vm.Kwargs
	if kw != nil {
		preKw.Names = append(preKw.Names, kw.Names...)
		preKw.Values = append(preKw.Values, kw.Values...)
	}
	return vm.NewBuiltin("partial", func(t *vm.Thread, b []vm.Value, kw2 *vm.Kwargs) (vm.Value, error) {
		args := append(append([]vm.Value(nil), pre...), b...)
		var k *vm.Kwargs
		if len(preKw.Names) > 0 || kw2 != nil {
			k = &vm.Kwargs{}
			for i, n := range preKw.Names {
				if kw2 != nil {
					if _, over := kw2.Get(n); over {
						continue // the call's keyword wins
					}
				}
				k.Names, k.Values = append(k.Names, n), append(k.Values, preKw.Values[i])
			}
			if kw2 != nil {
				k.Names, k.Values = append(k.Names, kw2.Names...), append(k.Values, kw2.Values...)
			}
		}
		return t.Call(f, args, k)
	}), nil
}

// memoize wraps f with an unbounded cache keyed by its arguments.
func memoize(t *vm.Thread, f vm.Value) vm.Value {
	memo := vm.NewDict().Dict()
	return vm.NewBuiltin("cache", func(t *vm.Thread, b []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		parts := append([]vm.Value(nil), b...)
		if kw != nil {
			for i, n := range kw.Names {
				parts = append(parts, vm.NewStr(n), kw.Values[i])
			}
		}
		key := vm.NewTuple(parts)
		if v, ok, err := memo.Get(t, key); err != nil || ok {
			return v, err
		}
		v, err := t.Call(f, b, kw)
		if err != nil {
			return vm.Value{}, err
		}
		return v, memo.Set(t, key, v)
	})
}

func cache(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "cache() takes exactly one argument (%d given)", len(a))
	}
	return memoize(t, a[0]), nil
}

// lruCache is lru_cache(f), lru_cache() or lru_cache(maxsize=…); the
// cache is not bounded yet (as maxsize=None).
func lruCache(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) == 1 && a[0].Kind() != vm.KInt && !a[0].IsNone() {
		return memoize(t, a[0]), nil
	}
	return vm.NewBuiltin("lru_cache", func(t *vm.Thread, b []vm.Value, _ *vm.Kwargs) (vm.Value, error) {
		if len(b) != 1 {
			return vm.Value{}, vm.Errorf(vm.TypeErrorType, "lru_cache() decorator takes one function")
		}
		return memoize(t, b[0]), nil
	}), nil
}

// wraps(wrapped) copies __name__, __qualname__, __doc__ and __module__
// of wrapped onto the function it decorates.
func wraps(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "wraps() takes one function")
	}
	wrapped := a[0]
	return vm.NewBuiltin("wraps", func(t *vm.Thread, b []vm.Value, _ *vm.Kwargs) (vm.Value, error) {
		if len(b) != 1 {
			return vm.Value{}, vm.Errorf(vm.TypeErrorType, "wraps() decorator takes one function")
		}
		for _, n := range []string{"__module__", "__name__", "__qualname__", "__doc__"} {
			if v, err := t.GetAttr(wrapped, n); err == nil {
				if err := t.SetAttr(b[0], n, v); err != nil {
					return vm.Value{}, err
				}
			}
		}
		if err := t.SetAttr(b[0], "__wrapped__", wrapped); err != nil {
			return vm.Value{}, err
		}
		return b[0], nil
	}), nil
}
