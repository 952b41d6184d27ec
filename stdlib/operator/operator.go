// Package operator is asl's operator module: operator.asl (the getters
// as classes with CPython's reprs, the in-place forms, index,
// length_hint, countOf, indexOf, call) over the private Go module
// _operator (Python's operators as functions, and fast getters).
package operator

import (
	_ "embed"
	"sort"
	"strings"

	"github.com/asl-lang/asl/vm"
)

//go:embed operator.asl
var src string

func init() {
	vm.RegisterSourceModule("operator", src)
	vm.RegisterModule("_operator", build)
}

type fn = func(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error)

func build(t *vm.Thread) vm.Value {
	d := vm.NewDict().Dict()
	set := func(names string, f fn) {
		for _, n := range strings.Fields(names) {
			d.SetStr(n, vm.NewBuiltin(n, f))
		}
	}
	for sym, names := range map[string]string{
		"+": "add __add__ concat __concat__", "-": "sub __sub__", "*": "mul __mul__",
		"/": "truediv __truediv__", "//": "floordiv __floordiv__", "%": "mod __mod__",
		"**": "pow __pow__", "<<": "lshift __lshift__", ">>": "rshift __rshift__",
		"&": "and_ __and__", "|": "or_ __or__", "^": "xor __xor__", "@": "matmul __matmul__",
		"<": "lt __lt__", "<=": "le __le__", "==": "eq __eq__", "!=": "ne __ne__",
		">": "gt __gt__", ">=": "ge __ge__",
	} {
		sym := sym
		set(names, func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			if err := arity(strings.Fields(names)[0], a, 2); err != nil {
				return vm.Value{}, err
			}
			return t.Operator(sym, a[0], a[1])
		})
	}
	for sym, names := range map[string]string{"-": "neg __neg__", "+": "pos __pos__", "~": "invert inv __invert__ __inv__"} {
		sym := sym
		set(names, func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			if err := arity(strings.Fields(names)[0], a, 1); err != nil {
				return vm.Value{}, err
			}
			return t.Unary(sym, a[0])
		})
	}
	set("not_ __not__", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		if err := arity("not_", a, 1); err != nil {
			return vm.Value{}, err
		}
		b, err := t.Truth(a[0])
		return vm.Bool(!b), err
	})
	set("truth", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		if err := arity("truth", a, 1); err != nil {
			return vm.Value{}, err
		}
		b, err := t.Truth(a[0])
		return vm.Bool(b), err
	})
	set("is_", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		if err := arity("is_", a, 2); err != nil {
			return vm.Value{}, err
		}
		return vm.Bool(vm.Is(a[0], a[1])), nil
	})
	set("is_not", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		if err := arity("is_not", a, 2); err != nil {
			return vm.Value{}, err
		}
		return vm.Bool(!vm.Is(a[0], a[1])), nil
	})
	set("contains __contains__", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		if err := arity("contains", a, 2); err != nil {
			return vm.Value{}, err
		}
		b, err := t.Contains(a[0], a[1])
		return vm.Bool(b), err
	})
	set("getitem __getitem__", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		if err := arity("getitem", a, 2); err != nil {
			return vm.Value{}, err
		}
		return t.GetItem(a[0], a[1])
	})
	set("setitem __setitem__", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		if err := arity("setitem", a, 3); err != nil {
			return vm.Value{}, err
		}
		return vm.None, t.SetItem(a[0], a[1], a[2])
	})
	set("delitem __delitem__", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		if err := arity("delitem", a, 2); err != nil {
			return vm.Value{}, err
		}
		return vm.None, t.DelItem(a[0], a[1])
	})
	set("itemgetter", itemgetter)
	set("attrgetter", attrgetter)
	set("methodcaller", methodcaller)
	set("abs __abs__", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		if err := arity("abs", a, 1); err != nil {
			return vm.Value{}, err
		}
		f, _ := t.Builtins.GetStr("abs")
		return t.Call(f, a, nil)
	})
	// __all__ lists every name, so that operator.asl's star import takes
	// the dunder forms too.
	var names []string
	for _, k := range d.Keys() {
		names = append(names, k.S())
	}
	sort.Strings(names)
	all := make([]vm.Value, len(names))
	for i, n := range names {
		all[i] = vm.NewStr(n)
	}
	d.SetStr("__all__", vm.NewList(all))
	return vm.NewModule("_operator", d)
}

func arity(name string, a []vm.Value, n int) error {
	if n == 1 && len(a) != 1 {
		return vm.Errorf(vm.TypeErrorType, "_operator.%s() takes exactly one argument (%d given)", name, len(a))
	}
	if len(a) != n {
		return vm.Errorf(vm.TypeErrorType, "%s expected %d arguments, got %d", name, n, len(a))
	}
	return nil
}

// getter builds itemgetter and attrgetter: one key gives its value,
// several give a tuple.
func getter(name string, keys []vm.Value, get func(t *vm.Thread, obj, key vm.Value) (vm.Value, error)) vm.Value {
	return vm.NewBuiltin(name, func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		if len(a) != 1 {
			return vm.Value{}, vm.Errorf(vm.TypeErrorType, "%s expected 1 argument, got %d", name, len(a))
		}
		if len(keys) == 1 {
			return get(t, a[0], keys[0])
		}
		out := make([]vm.Value, len(keys))
		for i, k := range keys {
			v, err := get(t, a[0], k)
			if err != nil {
				return vm.Value{}, err
			}
			out[i] = v
		}
		return vm.NewTuple(out), nil
	})
}

func itemgetter(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) == 0 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "itemgetter expected 1 argument, got 0")
	}
	keys := append([]vm.Value(nil), a...)
	return getter("itemgetter", keys, func(t *vm.Thread, obj, key vm.Value) (vm.Value, error) {
		return t.GetItem(obj, key)
	}), nil
}

func attrgetter(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) == 0 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "attrgetter expected 1 argument, got 0")
	}
	for _, k := range a {
		if k.Kind() != vm.KStr {
			return vm.Value{}, vm.Errorf(vm.TypeErrorType, "attribute name must be a string")
		}
	}
	keys := append([]vm.Value(nil), a...)
	return getter("attrgetter", keys, func(t *vm.Thread, obj, key vm.Value) (vm.Value, error) {
		v := obj
		for _, part := range strings.Split(key.S(), ".") { // "a.b.c" follows the chain
			var err error
			if v, err = t.GetAttr(v, part); err != nil {
				return vm.Value{}, err
			}
		}
		return v, nil
	}), nil
}

func methodcaller(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) == 0 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "methodcaller needs at least one argument, the method name")
	}
	if a[0].Kind() != vm.KStr {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "method name must be a string")
	}
	name := a[0].S()
	args := append([]vm.Value(nil), a[1:]...)
	var kwc *vm.Kwargs
	if kw != nil {
		kwc = &vm.Kwargs{Names: append([]string(nil), kw.Names...), Values: append([]vm.Value(nil), kw.Values...)}
	}
	return vm.NewBuiltin("methodcaller", func(t *vm.Thread, b []vm.Value, _ *vm.Kwargs) (vm.Value, error) {
		if len(b) != 1 {
			return vm.Value{}, vm.Errorf(vm.TypeErrorType, "methodcaller expected 1 argument, got %d", len(b))
		}
		m, err := t.GetAttr(b[0], name)
		if err != nil {
			return vm.Value{}, err
		}
		return t.Call(m, args, kwc)
	}), nil
}
