// Package collections is asl's collections module, written in asl
// (collections.asl) on the subclasses of built-in types, with a private
// Go helper module _collections.
package collections

import (
	_ "embed"

	"github.com/asl-lang/asl/vm"
)

// The module is these asl files run as one source, in this order.
var (
	//go:embed collections.asl
	dicts string
	//go:embed counter.asl
	counter string
	//go:embed deque.asl
	deque string
	//go:embed chainmap.asl
	chainmap string
	//go:embed namedtuple.asl
	namedtuple string
)

func init() {
	vm.RegisterSourceModule("collections", dicts+counter+deque+chainmap+namedtuple)
	vm.RegisterModule("_collections", func(t *vm.Thread) vm.Value {
		d := vm.NewDict().Dict()
		d.SetStr("rename_class", vm.NewBuiltin("rename_class", renameClass))
		d.SetStr("caller_module", vm.NewBuiltin("caller_module", callerModule))
		md := vm.NewDict().Dict()
		for name, fn := range dequeMethods() {
			md.SetStr(name, vm.NewBuiltin(name, fn))
		}
		d.SetStr("deque_methods", vm.NewModule("deque_methods", md))
		return vm.NewModule("_collections", d)
	})
}

// renameClass(cls, name, qualname, module) gives a class made by a class
// statement the names namedtuple's type(typename, …) would give it.
func renameClass(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 4 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "rename_class expected 4 arguments, got %d", len(a))
	}
	c, ok := a[0].AsClass()
	if !ok {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "rename_class() argument 1 must be a class")
	}
	for _, s := range a[1:] {
		if s.Kind() != vm.KStr {
			return vm.Value{}, vm.Errorf(vm.TypeErrorType, "rename_class() names must be str")
		}
	}
	c.Name, c.QualName, c.Module = a[1].S(), a[2].S(), a[3].S()
	return vm.None, nil
}

// callerModule() is the __name__ of the module that called the asl
// function calling it ('__main__' when unknown), for namedtuple's module.
func callerModule(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if m := t.CallerModule(); m != "" {
		return vm.NewStr(m), nil
	}
	return vm.NewStr("__main__"), nil
}
