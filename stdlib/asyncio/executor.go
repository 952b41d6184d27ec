package asyncio

import (
	"runtime"

	"github.com/asl-lang/asl/vm"
)

// The default executor: run_in_executor and to_thread call their function
// on a worker goroutine with its own VM thread, at most min(32, CPUs+4) at
// once as CPython's default ThreadPoolExecutor; the rest wait their turn in
// order. Workers hold the VM lock while they run bytecode (vm/gil.go).

// executor is a loop's default executor.
type executor struct {
	slots   chan struct{} // one value per worker running
	running int           // calls submitted and not yet posted back
	joiners []*future     // shutdown_default_executor's waits
	down    bool          // shut down: no more calls
}

func newExecutor() *executor {
	return &executor{slots: make(chan struct{}, min(32, runtime.NumCPU()+4))}
}

// runInThread is _asyncio.run_in_thread(loop, fut, fn, args): fn(*args)
// runs on a worker goroutine and its result or exception lands in fut on
// the loop, unless fut was cancelled meanwhile.
func (st *modState) runInThread(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	g, f, err := st.loopAndFuture(t, a, 4, "run_in_thread(loop, fut, fn, args)")
	if err != nil {
		return vm.Value{}, err
	}
	fn, args, err := callbackArgs(a, 2)
	if err != nil {
		return vm.Value{}, err
	}
	ex := g.executor()
	if ex.down {
		return vm.Value{}, vm.Errorf(vm.RuntimeErrorType, "Executor shutdown has been called")
	}
	ex.running++
	w := t.Worker()
	type outcome struct {
		r   vm.Value
		err error
	}
	g.l.Go(func() any {
		ex.slots <- struct{}{}
		defer func() { <-ex.slots }()
		r, err := w.Run(fn, args, nil)
		return outcome{r, err}
	}, func(v any) {
		o := v.(outcome)
		ex.running--
		if f.state == pending {
			if o.err == nil {
				_ = f.setResult(t, o.r)
			} else if e, ok := vm.ExceptionValue(o.err); ok {
				_ = f.setException(t, e)
			} else {
				g.fatal = o.err
				g.l.Abort()
			}
		}
		if ex.running == 0 {
			ex.wakeJoiners(t)
		}
	})
	return vm.None, nil
}

// joinThreads is _asyncio.join_threads(loop, fut): the default executor
// takes no more calls, and fut is done once the running ones are.
func (st *modState) joinThreads(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	g, f, err := st.loopAndFuture(t, a, 2, "join_threads(loop, fut)")
	if err != nil {
		return vm.Value{}, err
	}
	ex := g.executor()
	ex.down = true
	ex.joiners = append(ex.joiners, f)
	if ex.running == 0 {
		ex.wakeJoiners(t)
	}
	return vm.None, nil
}

func (ex *executor) wakeJoiners(t *vm.Thread) {
	for _, f := range ex.joiners {
		if f.state == pending {
			_ = f.setResult(t, vm.None)
		}
	}
	ex.joiners = nil
}

// executor returns the loop's default executor, made on first use.
func (g *goLoop) executor() *executor {
	if g.exec == nil {
		g.exec = newExecutor()
	}
	return g.exec
}

// loopAndFuture reads the (loop, future, ...) arguments of a call that
// takes n of them, as the call's usage says.
func (st *modState) loopAndFuture(t *vm.Thread, a []vm.Value, n int, usage string) (*goLoop, *future, error) {
	if len(a) != n {
		return nil, nil, vm.Errorf(vm.TypeErrorType, "%s", usage)
	}
	g, err := st.loopOf(t, a[0])
	if err != nil {
		return nil, nil, err
	}
	f, err := st.futureOf(a[1])
	return g, f, err
}
