// Package functools is asl's functools module, written in asl
// (functools.asl) over the private Go module _functools (reduce).
package functools

import (
	_ "embed"

	"github.com/asl-lang/asl/vm"
)

//go:embed functools.asl
var src string

func init() {
	vm.RegisterSourceModule("functools", src)
	vm.RegisterModule("_functools", func(t *vm.Thread) vm.Value {
		d := vm.NewDict().Dict()
		d.SetStr("reduce", vm.NewBuiltin("reduce", reduce))
		return vm.NewModule("_functools", d)
	})
}

// reduce(function, iterable[, initial]) folds the items from the left.
func reduce(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if kw != nil && len(kw.Names) > 0 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "reduce() takes no keyword arguments")
	}
	if len(a) < 2 || len(a) > 3 {
		if len(a) > 3 {
			return vm.Value{}, vm.Errorf(vm.TypeErrorType, "reduce expected at most 3 arguments, got %d", len(a))
		}
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "reduce expected at least 2 arguments, got %d", len(a))
	}
	it, err := t.GetIter(a[1])
	if err != nil {
		if e, ok := err.(*vm.Exception); ok && vm.TypeName(e.Value) == "TypeError" {
			return vm.Value{}, vm.Errorf(vm.TypeErrorType, "reduce() arg 2 must support iteration")
		}
		return vm.Value{}, err
	}
	var acc vm.Value
	have := len(a) == 3
	if have {
		acc = a[2]
	}
	for {
		x, ok, err := t.Next(it)
		if err != nil {
			return vm.Value{}, err
		}
		if !ok {
			break
		}
		if !have {
			acc, have = x, true
			continue
		}
		if acc, err = t.Call(a[0], []vm.Value{acc, x}, nil); err != nil {
			return vm.Value{}, err
		}
	}
	if !have {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "reduce() of empty iterable with no initial value")
	}
	return acc, nil
}
