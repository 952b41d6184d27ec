package asyncio

import (
	"os"
	"os/signal"

	"github.com/asl-lang/asl/eventloop"
	"github.com/asl-lang/asl/vm"
)

// goLoop is the Go side of an asyncio event loop: the scheduler, the
// handler of callback errors, and the loop's tasks.
type goLoop struct {
	l       *eventloop.Loop
	st      *modState
	onError vm.Value
	fatal   error
	current *future   // the task being stepped
	tasks   []*future // tasks in creation order; done ones are dropped lazily
	// tasksCap is the length at which tasks is next pruned.
	tasksCap int
	exec     *executor  // the default executor, once used
	loopV    vm.Value   // the asl loop object, once a lookup has seen it
	t        *vm.Thread // the thread that runs the loop
	// failed lists futures that ended with an exception, to report those
	// never retrieved when the loop closes (noteFailed).
	failed    []*future
	failedCap int
}

// soon schedules fn(*args) for a later turn.
func (g *goLoop) soon(t *vm.Thread, fn vm.Value, args ...vm.Value) *eventloop.Handle {
	return g.l.CallSoon(g.run(t, fn, args))
}

// run wraps fn(*args) as a loop callback: an exception escaping it goes to
// the loop's error handler, except SystemExit and KeyboardInterrupt, which
// end the turn and propagate out of run_once.
func (g *goLoop) run(t *vm.Thread, fn vm.Value, args []vm.Value) func() {
	return func() {
		_, err := t.Call(fn, args, nil)
		g.handle(t, err, fn)
	}
}

// handle deals with what a callback raised.
func (g *goLoop) handle(t *vm.Thread, err error, fn vm.Value) {
	if err == nil {
		return
	}
	e, ok := vm.ExceptionValue(err)
	if !ok || !vm.TypeOf(e).IsSubclass(vm.ExceptionType) {
		g.fatal = err
		g.l.Abort()
		return
	}
	if _, herr := t.Call(g.onError, []vm.Value{e, fn}, nil); herr != nil {
		g.fatal = herr
		g.l.Abort()
	}
}

// newLoop is _asyncio.new_loop(on_error): the Go event loop under an
// asyncio loop, as a module-like object of built-ins (the loop's _l).
func (st *modState) newLoop(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "new_loop(on_error)")
	}
	g := &goLoop{l: eventloop.New(eventloop.Virtual(t.VirtualClock)), st: st, onError: a[0], loopV: vm.None, t: t}
	l := g.l
	l.SetBlocker(t.Blocking)
	d := vm.NewDict().Dict()
	def := func(name string, fn vm.BuiltinFunc) { d.SetStr(name, vm.NewBuiltin(name, fn)) }
	def("time", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		return vm.Float(l.Time()), nil
	})
	def("call_soon", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		fn, args, err := callbackArgs(a, 0)
		if err != nil {
			return vm.Value{}, err
		}
		return cancelFunc(l.CallSoon(g.run(t, fn, args))), nil
	})
	def("call_at", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		if len(a) != 3 {
			return vm.Value{}, vm.Errorf(vm.TypeErrorType, "call_at(when, fn, args)")
		}
		when, err := vm.FloatArg(a[0])
		if err != nil {
			return vm.Value{}, err
		}
		fn, args, err := callbackArgs(a, 1)
		if err != nil {
			return vm.Value{}, err
		}
		return cancelFunc(l.CallAt(when, g.run(t, fn, args))), nil
	})
	def("run_once", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		l.RunOnce()
		l.ClearStop()
		err := g.fatal
		g.fatal = nil
		return vm.None, err
	})
	def("stop", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		l.Stop()
		return vm.None, nil
	})
	def("idle", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		return vm.Bool(l.Idle()), nil
	})
	// on_sigint(fn) runs fn on the loop when the process gets SIGINT,
	// until off_sigint(): asyncio.run cancels its main task so.
	var sigs chan os.Signal
	def("on_sigint", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		if len(a) != 1 || sigs != nil {
			return vm.None, nil
		}
		fn := a[0]
		sigs = make(chan os.Signal, 4)
		signal.Notify(sigs, os.Interrupt)
		t.SigintOwned.Store(true)
		go func(ch chan os.Signal) {
			for range ch {
				l.Post(g.run(t, fn, nil))
			}
		}(sigs)
		return vm.None, nil
	})
	def("off_sigint", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		if sigs != nil {
			t.SigintOwned.Store(false)
			signal.Stop(sigs)
			close(sigs)
			sigs = nil
		}
		return vm.None, nil
	})
	// on_interrupt(fn) runs fn on the loop when the thread is interrupted
	// (an embedder's context cancelled) and the interrupt is still
	// pending, until off_interrupt(): asyncio.run cancels its main task so.
	def("on_interrupt", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		if len(a) != 1 {
			return vm.None, nil
		}
		fn := a[0]
		t.OnInterrupt(func() {
			l.Post(func() {
				if t.TakeInterrupt() {
					g.run(t, fn, nil)()
				}
			})
		})
		return vm.None, nil
	})
	def("off_interrupt", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		t.OnInterrupt(nil)
		return vm.None, nil
	})
	d.SetStr("virtual", vm.Bool(l.IsVirtual()))
	m := vm.NewModule("_loop", d)
	st.loops[m.Ptr()] = g
	return m, nil
}

// callbackArgs reads (fn, args-tuple) from a[i:].
func callbackArgs(a []vm.Value, i int) (vm.Value, []vm.Value, error) {
	if len(a) != i+2 {
		return vm.Value{}, nil, vm.Errorf(vm.TypeErrorType, "expected a callback and its arguments")
	}
	args, ok := vm.Seq(a[i+1])
	if !ok {
		return vm.Value{}, nil, vm.Errorf(vm.TypeErrorType, "callback arguments must be a tuple")
	}
	return a[i], append([]vm.Value(nil), args...), nil
}

// cancelFunc is the built-in that cancels a scheduled callback.
func cancelFunc(h *eventloop.Handle) vm.Value {
	return vm.NewBuiltin("cancel", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		h.Cancel()
		return vm.None, nil
	})
}
