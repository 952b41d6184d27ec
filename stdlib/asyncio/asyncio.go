// Package asyncio is asl's asyncio module: CPython 3.11's asyncio API
// written in asl (the .asl files here, run as one module) over the Go
// event loop of package eventloop (the private module _asyncio).
package asyncio

import (
	_ "embed"
	"fmt"

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
	//go:embed streams.asl
	streamsSrc string
	//go:embed subprocess.asl
	subprocessSrc string
	//go:embed subprocess_mod.asl
	subprocessModSrc string
)

func init() {
	vm.RegisterSourceModule("asyncio", exceptionsSrc+eventsSrc+futuresSrc+tasksSrc+
		locksSrc+queuesSrc+timeoutsSrc+taskgroupsSrc+runnersSrc+streamsSrc+subprocessSrc)
	vm.RegisterSourceModule("asyncio.subprocess", subprocessModSrc)
	vm.RegisterModule("_asyncio", buildModule)
}

// buildModule makes one thread's _asyncio module.
func buildModule(t *vm.Thread) vm.Value {
	st := &modState{loops: map[any]*goLoop{}, futureIter: vm.NewBuiltinClass("FutureIter", "_asyncio", vm.KGen)}
	st.taskClass = vm.None
	st.names = attrNames{l: vm.NewStr("_l"), closed: vm.NewStr("_closed"), taskFactory: vm.NewStr("_task_factory")}
	d := vm.NewDict().Dict()
	def := func(name string, fn vm.BuiltinFunc) { d.SetStr(name, vm.NewBuiltin(name, fn)) }
	def("new_loop", st.newLoop)
	def("set_asyncgen_firstiter", setFirstIter)
	def("format_exception", formatException)
	def("future_init", st.futureInit)
	def("task_init", st.taskInit)
	def("current_task", st.currentTask)
	def("all_tasks", st.allTasks)
	def("sleep", st.sleep)
	def("new_task", st.newTask)
	def("new_future", st.newFutureFn)
	def("gather", st.gather)
	def("next_task_name", st.nextTaskName)
	def("run_in_thread", st.runInThread)
	def("join_threads", st.joinThreads)
	def("unretrieved", st.unretrieved)
	def("coro_site", coroSite)
	def("connect", st.connect)
	def("spawn", st.spawn)
	def("subprocess_setup", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		if len(a) == 1 {
			st.procClass, _ = a[0].AsClass()
		}
		return vm.None, nil
	})
	def("listen", st.listen)
	def("serve", st.serve)
	def("unlisten", st.unlisten)
	def("streams_setup", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		if len(a) == 3 {
			st.transportClass, _ = a[0].AsClass()
			st.socketClass, _ = a[1].AsClass()
			st.listenerClass, _ = a[2].AsClass()
		}
		return vm.None, nil
	})
	def("func_site", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		if len(a) == 1 {
			if file, line, ok := vm.FunctionSite(a[0]); ok {
				return vm.NewStr(fmt.Sprintf("%s:%d", file, line)), nil
			}
		}
		return vm.None, nil
	})
	def("set_future_class", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		if len(a) == 1 {
			if c, ok := a[0].AsClass(); ok {
				st.futureClass = c
			}
		}
		return vm.None, nil
	})
	def("setup", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		if len(a) != 2 {
			return vm.Value{}, vm.Errorf(vm.TypeErrorType, "setup(CancelledError, InvalidStateError)")
		}
		c1, ok1 := a[0].AsClass()
		c2, ok2 := a[1].AsClass()
		if !ok1 || !ok2 {
			return vm.Value{}, vm.Errorf(vm.TypeErrorType, "setup(CancelledError, InvalidStateError)")
		}
		st.cancelledError, st.invalidState = c1, c2
		return vm.None, nil
	})
	def("yield_once", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		r := vm.None
		if len(a) > 0 {
			r = a[0]
		}
		return vm.YieldOnce(r), nil
	})
	def("iscoroutine", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		return vm.Bool(len(a) == 1 && t.IsCoroutineLike(a[0])), nil
	})
	def("iscoroutinefunction", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		return vm.Bool(len(a) == 1 && vm.IsCoroutineFunction(a[0])), nil
	})
	methods := func(name string, m map[string]vm.BuiltinFunc) {
		md := vm.NewDict().Dict()
		for k, fn := range m {
			md.SetStr(k, vm.NewBuiltin(k, fn))
		}
		d.SetStr(name, vm.NewModule(name, md))
	}
	methods("future_methods", st.futureMethods())
	methods("task_methods", st.taskMethods())
	methods("queue_methods", st.queueMethods())
	methods("handle_methods", st.handleMethods())
	methods("transport_methods", st.transportMethods())
	methods("buffer_methods", st.bufferMethods())
	methods("proc_methods", st.procMethods())
	def("queue_setup", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		if len(a) == 2 {
			st.queueFull, _ = a[0].AsClass()
			st.queueEmpty, _ = a[1].AsClass()
		}
		return vm.None, nil
	})
	m := vm.NewModule("_asyncio", d)
	t.SetModuleState(stateKey{}, st)
	return m
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

// coroSite is _asyncio.coro_site(coro): how a task's repr shows where
// its coroutine is, "running at FILE:LINE" or "done, defined at FILE:LINE",
// or None for a coroutine without asl frames.
func coroSite(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "coro_site(coro)")
	}
	file, line, done, ok := vm.CoroutineSite(a[0])
	switch {
	case !ok:
		return vm.None, nil
	case done:
		return vm.NewStr(fmt.Sprintf("done, defined at %s:%d", file, line)), nil
	}
	return vm.NewStr(fmt.Sprintf("running at %s:%d", file, line)), nil
}

// formatException is _asyncio.format_exception(exc): the traceback text
// CPython prints for it.
func formatException(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "format_exception(exc)")
	}
	return vm.NewStr(vm.FormatTraceback(t, a[0])), nil
}
