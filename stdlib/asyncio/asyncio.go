// Package asyncio is asl's asyncio module: CPython 3.11's asyncio API
// written in asl (the .asl files here, run as one module) over the Go
// event loop of package eventloop (the private module _asyncio).
package asyncio

import (
	_ "embed"

	"github.com/asl-lang/asl/vm"
)

// The module is these asl files run as one source, in this order: each
// uses what the earlier ones define.
var (
	//go:embed exceptions.asl
	exceptionsSrc string
	//go:embed events.asl
	eventsSrc string
	//go:embed futures.asl
	futuresSrc string
	//go:embed tasks.asl
	tasksSrc string
	//go:embed locks.asl
	locksSrc string
	//go:embed queues.asl
	queuesSrc string
	//go:embed timeouts.asl
	timeoutsSrc string
	//go:embed taskgroups.asl
	taskgroupsSrc string
	//go:embed runners.asl
	runnersSrc string
)

func init() {
	vm.RegisterSourceModule("asyncio", exceptionsSrc+eventsSrc+futuresSrc+tasksSrc+
		locksSrc+queuesSrc+timeoutsSrc+taskgroupsSrc+runnersSrc)
	vm.RegisterModule("_asyncio", func(t *vm.Thread) vm.Value {
		d := vm.NewDict().Dict()
		d.SetStr("new_loop", vm.NewBuiltin("new_loop", newLoop))
		d.SetStr("set_asyncgen_firstiter", vm.NewBuiltin("set_asyncgen_firstiter", setFirstIter))
		d.SetStr("format_exception", vm.NewBuiltin("format_exception", formatException))
		d.SetStr("yield_once", vm.NewBuiltin("yield_once", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			r := vm.None
			if len(a) > 0 {
				r = a[0]
			}
			return vm.YieldOnce(r), nil
		}))
		d.SetStr("iscoroutinefunction", vm.NewBuiltin("iscoroutinefunction", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			return vm.Bool(len(a) == 1 && vm.IsCoroutineFunction(a[0])), nil
		}))
		return vm.NewModule("_asyncio", d)
	})
}

// setFirstIter is _asyncio.set_asyncgen_firstiter(fn): fn(agen) runs when
// an async generator is first iterated (None removes the hook).
func setFirstIter(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "set_asyncgen_firstiter(fn)")
	}
	if a[0].Kind() == vm.KNone {
		t.AsyncGenFirstIter = nil
		return vm.None, nil
	}
	fn := a[0]
	t.AsyncGenFirstIter = func(agen vm.Value) { _, _ = t.Call(fn, []vm.Value{agen}, nil) }
	return vm.None, nil
}

// formatException is _asyncio.format_exception(exc): the traceback text
// CPython prints for it.
func formatException(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "format_exception(exc)")
	}
	return vm.NewStr(vm.FormatTraceback(t, a[0])), nil
}
