package asyncio

import (
	"github.com/asl-lang/asl/vm"
)

// The bridge: what Go code of other modules (aiohttp, aiofiles, an
// embedder's async functions) needs to do I/O on goroutines for asyncio
// code. The rule of DESIGN.md holds: asl values are touched on the loop's
// goroutine only; a goroutine hands its result back with Post or Go.

// Loop is a handle on a running asyncio event loop for Go code.
type Loop struct {
	g *goLoop
	t *vm.Thread
}

// RunningLoop is the loop asyncio.get_running_loop() would return, or a
// RuntimeError when no loop runs.
func RunningLoop(t *vm.Thread) (*Loop, error) {
	mod, err := t.Import("asyncio")
	if err != nil {
		return nil, err
	}
	get, err := t.GetAttr(mod, "get_running_loop")
	if err != nil {
		return nil, err
	}
	loop, err := t.Call(get, nil, nil)
	if err != nil {
		return nil, err
	}
	return LoopOf(t, loop)
}

// LoopOf is the Go handle of an asl event loop object.
func LoopOf(t *vm.Thread, loop vm.Value) (*Loop, error) {
	st, err := stateOf(t)
	if err != nil {
		return nil, err
	}
	g, err := st.loopOf(t, loop)
	if err != nil {
		return nil, err
	}
	return &Loop{g: g, t: g.t}, nil
}

// Value is the asl loop object.
func (l *Loop) Value() vm.Value { return l.g.loopV }

// Thread is the VM thread that runs the loop's callbacks.
func (l *Loop) Thread() *vm.Thread { return l.t }

// Time is loop.time().
func (l *Loop) Time() float64 { return l.g.l.Time() }

// Post runs fn on the loop's goroutine at its next turn; safe from any
// goroutine. An error fn returns goes to the loop's exception handler.
func (l *Loop) Post(fn func() error) {
	l.g.l.Post(func() { l.g.handle(l.t, fn(), vm.None) })
}

// Soon runs fn on a later turn of the loop; call it on the loop's
// goroutine.
func (l *Loop) Soon(fn func() error) {
	l.g.l.Soon(func() { l.g.handle(l.t, fn(), vm.None) })
}

// Begin notes goroutine work in flight (the virtual clock runs at real
// speed meanwhile); call the function it returns when the work is done.
func (l *Loop) Begin() (end func()) { return l.g.l.Begin() }

// Future is an asyncio.Future of the loop that Go code settles on the
// loop's goroutine.
type Future struct {
	f *future
}

// NewFuture makes a pending asyncio.Future of the loop.
func (l *Loop) NewFuture() (*Future, error) {
	f, err := l.g.st.newFuture(l.t, l.g, l.g.loopV)
	if err != nil {
		return nil, err
	}
	return &Future{f: f}, nil
}

// Value is the asl Future object.
func (f *Future) Value() vm.Value { return f.f.self }

// Done reports whether the future is done (or cancelled).
func (f *Future) Done() bool { return f.f.state != pending }

// Cancelled reports whether the future was cancelled.
func (f *Future) Cancelled() bool { return f.f.state == cancelled }

// Resolve sets the result unless the future is already done (cancelled
// by its awaiter, typically).
func (f *Future) Resolve(v vm.Value) {
	if f.f.state == pending {
		_ = f.f.setResult(f.f.g.t, v)
	}
}

// Reject sets the exception err raises (an asl exception; other errors
// become RuntimeError) unless the future is already done.
func (f *Future) Reject(err error) {
	if f.f.state != pending {
		return
	}
	e, ok := vm.ExceptionValue(err)
	if !ok {
		e, _ = vm.ExceptionValue(vm.Errorf(vm.RuntimeErrorType, "%v", err))
	}
	_ = f.f.setException(f.f.g.t, e)
}

// OnDone calls fn on the loop's goroutine once the future is done (also
// when it is cancelled), as a done callback.
func (f *Future) OnDone(fn func()) {
	if f.f.state != pending {
		f.f.g.l.Soon(fn)
		return
	}
	f.f.callbacks = append(f.f.callbacks, callback{gofn: func(*future) error { fn(); return nil }})
}

// Go runs work on a new goroutine and returns a future of its outcome:
// done turns work's result into an asl value on the loop's goroutine (it
// is not called when work fails or the future was cancelled meanwhile).
// The virtual clock runs at real speed while work is in flight.
func (l *Loop) Go(work func() (any, error), done func(t *vm.Thread, r any) (vm.Value, error)) (*Future, error) {
	fut, err := l.NewFuture()
	if err != nil {
		return nil, err
	}
	type outcome struct {
		r   any
		err error
	}
	l.g.l.Go(func() any {
		r, err := work()
		return outcome{r, err}
	}, func(v any) {
		o := v.(outcome)
		if fut.Done() {
			return
		}
		if o.err != nil {
			fut.Reject(o.err)
			return
		}
		r, err := done(l.t, o.r)
		if err != nil {
			fut.Reject(err)
			return
		}
		fut.Resolve(r)
	})
	return fut, nil
}

// Spawn is loop.create_task(coro): made in Go when the loop has no task
// factory, as create_task would make it.
func (l *Loop) Spawn(coro vm.Value) (vm.Value, error) {
	st := l.g.st
	if st.taskClass.IsNone() {
		mod, err := l.t.Import("asyncio")
		if err != nil {
			return vm.Value{}, err
		}
		if st.taskClass, err = l.t.GetAttr(mod, "Task"); err != nil {
			return vm.Value{}, err
		}
	}
	return st.loopTask(l.t, st.taskClass, coro, l.g.loopV)
}

// SpawnEager is Spawn whose task takes its first step at once, in the
// calling callback, rather than on the next turn (as Python 3.12's eager
// tasks do): a server's handler that finishes without waiting answers in
// the same turn as its request arrives.
func (l *Loop) SpawnEager(coro vm.Value) (vm.Value, error) {
	tv, err := l.Spawn(coro)
	if err != nil {
		return tv, err
	}
	if p := vm.Native(tv); p != nil {
		if f := (*future)(p); f.task != nil && f.state == pending && f.g.current == nil {
			f.task.skipFirst = true
			f.g.handle(l.t, f.step(l.t, vm.Value{}, false), vm.None)
		}
	}
	return tv, nil
}

// stateKey is the key of the _asyncio module's state (vm.ModuleState).
type stateKey struct{}

// stateOf finds the _asyncio module's state of t's program.
func stateOf(t *vm.Thread) (*modState, error) {
	if _, err := t.Import("_asyncio"); err != nil {
		return nil, err
	}
	if st, ok := t.ModuleState(stateKey{}); ok {
		return st.(*modState), nil
	}
	return nil, vm.Errorf(vm.RuntimeErrorType, "asyncio is not set up")
}
