package vm

import (
	"sync/atomic"
	"time"
)

// The VM lock. A program runs on one goroutine until it first hands work
// to a worker goroutine (asyncio.to_thread, run_in_executor); from then on
// its threads share a lock, and only the holder runs bytecode, as under
// CPython's GIL. The holder lets go of it while it blocks (the event loop
// waiting, time.sleep, file I/O; see Thread.Blocking), and hands it over
// when a waiter has waited a switch interval, checked where the step
// budget is (backward jumps and calls).

// switchInterval is how long a thread waits for the lock before it asks
// the holder to hand it over (CPython's sys.getswitchinterval()).
const switchInterval = 5 * time.Millisecond

// gil is the VM lock shared by a program's threads.
type gil struct {
	// token holds one value while a thread has the lock. Goroutines
	// blocked sending to a full channel queue in order, and a receive
	// hands the buffer slot to the first of them: the lock is fair.
	token chan struct{}
	// starving counts waiters that have waited a switch interval; the
	// holder hands the lock over at its next check.
	starving atomic.Int32
}

// acquire takes the lock, asking the holder to hand it over once the wait
// has lasted a switch interval.
func (g *gil) acquire() {
	select {
	case g.token <- struct{}{}:
		return
	default:
	}
	timer := time.NewTimer(switchInterval)
	select {
	case g.token <- struct{}{}:
		timer.Stop()
		return
	case <-timer.C:
	}
	g.starving.Add(1)
	g.token <- struct{}{}
	g.starving.Add(-1)
}

// release lets go of the lock.
func (g *gil) release() { <-g.token }

// shareLock makes t's program use a VM lock from now on (t holds it), and
// returns it.
func (t *Thread) shareLock() *gil {
	if t.gil == nil {
		t.gil = &gil{token: make(chan struct{}, 1)}
		t.gil.token <- struct{}{}
		t.poll = true
	}
	return t.gil
}

// tick is the check at backward jumps and calls: it takes a step of the
// budget and hands the VM lock to a thread that has waited too long.
func (t *Thread) tick() error {
	if t.Budget > 0 && t.spend() {
		return errBudget()
	}
	if g := t.gil; g != nil && g.starving.Load() > 0 {
		g.release()
		g.acquire()
	}
	if in := t.intr; in != nil && in.flag.Load() && in.flag.CompareAndSwap(true, false) {
		if mk := in.mk.Load(); mk != nil {
			return (*mk)(t)
		}
	}
	return nil
}

// interrupt is a request, from another goroutine, to raise an exception
// in the code a thread runs.
type interrupt struct {
	flag atomic.Bool
	mk   atomic.Pointer[func(*Thread) error]
	hook atomic.Pointer[func()] // see OnInterrupt
}

// Interrupter makes t interruptible and returns the function that
// interrupts it, from any goroutine: KeyboardInterrupt is raised in the
// code t runs at its next backward jump or call (Ctrl-C in the REPL).
func (t *Thread) Interrupter() func() {
	return t.InterruptWith(func(*Thread) error { return NewException(KeyboardInterruptType) })
}

// InterruptWith is Interrupter with the exception mk makes (on t's
// goroutine, when the interrupt is taken): an embedder's cancelled
// context raises CancelledError so.
func (t *Thread) InterruptWith(mk func(*Thread) error) func() {
	if t.intr == nil {
		t.intr = new(interrupt)
		t.poll = true
	}
	in := t.intr
	return func() {
		in.mk.Store(&mk)
		in.flag.Store(true)
		if hook := in.hook.Load(); hook != nil {
			(*hook)()
		}
	}
}

// OnInterrupt sets fn (nil: none) to be called, on the interrupting
// goroutine, after each interrupt is asked for: an event loop that may be
// waiting with no bytecode running wakes up so, to take the interrupt
// (TakeInterrupt) by cancelling its main task.
func (t *Thread) OnInterrupt(fn func()) {
	if t.intr == nil {
		return
	}
	if fn == nil {
		t.intr.hook.Store(nil)
		return
	}
	t.intr.hook.Store(&fn)
}

// TakeInterrupt reports whether an interrupt was pending, and forgets it.
func (t *Thread) TakeInterrupt() bool {
	return t.intr != nil && t.intr.flag.CompareAndSwap(true, false)
}

// ClearInterrupt forgets an interrupt that was not taken.
func (t *Thread) ClearInterrupt() {
	if t.intr != nil {
		t.intr.flag.Store(false)
	}
}

// Blocking runs fn, which blocks without touching the VM (a sleep, a read
// from a file), with the VM lock let go so that other threads run
// meanwhile.
func (t *Thread) Blocking(fn func()) {
	g := t.gil
	if g == nil {
		fn()
		return
	}
	g.release()
	defer g.acquire()
	fn()
}

// Worker makes a thread for a worker goroutine: it shares t's modules,
// built-ins, sources, output and VM lock, and has its own stack. Call
// Run on the new goroutine.
func (t *Thread) Worker() *Thread {
	w := &Thread{
		stack:             make([]Value, 1<<10),
		MaxDepth:          t.MaxDepth,
		Stdout:            t.Stdout,
		Stderr:            t.Stderr,
		Builtins:          t.Builtins,
		sources:           t.sources,
		AsyncGenFirstIter: t.AsyncGenFirstIter,
		VirtualClock:      t.VirtualClock,
		modules:           t.modules,
		modState:          t.sharedModuleState(),
		Argv:              t.Argv,
		Path:              t.Path,
		Cache:             t.Cache,
		Deny:              t.Deny,
		Budget:            t.Budget,
	}
	w.gil = t.shareLock()
	w.poll = true
	return w
}

// Run calls fn with args on a worker thread (see Worker) from its own
// goroutine, holding the VM lock while it runs.
func (t *Thread) Run(fn Value, args []Value, kw *Kwargs) (Value, error) {
	t.gil.acquire()
	defer t.gil.release()
	return t.call(fn, args, kw)
}

// sharedModuleState makes sure t has a module state map to share.
func (t *Thread) sharedModuleState() *map[any]any {
	t.moduleState()
	return t.modState
}
