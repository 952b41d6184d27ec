// Package sys provides asl's sys module.
package sys

import (
	"math"
	"runtime"

	"github.com/asl-lang/asl/vm"
)

func init() {
	vm.RegisterModule("sys", build)
}

func build(t *vm.Thread) vm.Value {
	d := vm.NewDict().Dict()
	argv := make([]vm.Value, len(t.Argv))
	for i, a := range t.Argv {
		argv[i] = vm.NewStr(a)
	}
	d.SetStr("argv", vm.NewList(argv))
	path := make([]vm.Value, len(t.Path))
	for i, p := range t.Path {
		path[i] = vm.NewStr(p)
	}
	// Imports read this list: changing it changes where they look.
	d.SetStr("path", vm.NewList(path))
	d.SetStr("modules", t.ModulesValue())
	installStreams(t, d)
	d.SetStr("maxsize", vm.Int(math.MaxInt64))
	d.SetStr("version", vm.NewStr("3.11.2 (asl)"))
	d.SetStr("platform", vm.NewStr(runtime.GOOS))
	d.SetStr("exit", vm.NewBuiltin("exit", func(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		return vm.Value{}, vm.NewException(vm.SystemExitType, args...)
	}))
	d.SetStr("getrecursionlimit", vm.NewBuiltin("getrecursionlimit", func(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		return vm.Int(int64(t.MaxDepth)), nil
	}))
	d.SetStr("setrecursionlimit", vm.NewBuiltin("setrecursionlimit", func(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		if len(args) != 1 || args[0].Kind() != vm.KInt || args[0].I() < 1 {
			return vm.Value{}, vm.Errorf(vm.ValueErrorType, "recursion limit must be greater or equal than 1")
		}
		t.MaxDepth = int(args[0].I())
		return vm.None, nil
	}))
	return vm.NewModule("sys", d)
}
