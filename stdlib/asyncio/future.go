package asyncio

import (
	"unsafe"

	"github.com/asl-lang/asl/vm"
)

// modState is what one thread's _asyncio module knows: its loops and the
// exception classes the asl part defines.
type modState struct {
	loops          map[any]*goLoop
	cancelledError *vm.Class
	invalidState   *vm.Class
	futureIter     *vm.Class
	futureClass    *vm.Class // asyncio.Future, for futures made in Go
	taskCounter    int64     // names tasks Task-1, Task-2…
	queueFull      *vm.Class
	queueEmpty     *vm.Class
	// lastLoop and lastGo are the loop loopOf found last.
	lastLoop any
	lastGo   *goLoop
	names    attrNames
	// handleClass and timerHandleClass are asyncio's Handle and
	// TimerHandle.
	handleClass, timerHandleClass *vm.Class
	getRunningLoop                vm.Value // asyncio.get_running_loop, for sleeps
	taskClass                     vm.Value // asyncio.Task, once Spawn needs it
	// The classes of streams.asl that Go code makes instances of.
	transportClass, socketClass, listenerClass, procClass *vm.Class
}

// attrNames are the attribute names Go code looks up often, made once.
type attrNames struct {
	l, closed, taskFactory vm.Value
}

// Future states.
const (
	pending uint8 = iota
	cancelled
	finished
)

var stateNames = [...]string{"PENDING", "CANCELLED", "FINISHED"}

// future is the Go state of an asyncio.Future (and of a Task, with task).
type future struct {
	self      vm.Value // the asl instance
	slot      vm.Value // the instance's payload (vm.SetNativeIn)
	g         *goLoop
	state     uint8
	blocking  bool     // _asyncio_future_blocking
	result    vm.Value // the result, or the exception instance when hasExc
	hasExc    bool
	logTB     bool // an exception nobody has retrieved yet
	callbacks []callback
	cancelMsg *vm.Value // the message of cancel(msg); nil for None
	task      *task
}

// callback is a done callback: an asl callable, a task to wake up (fn is
// then a native value carrying the task's future), or Go code (gather's).
type callback struct {
	fn   vm.Value
	gofn func(*future) error
}

// wakeCallback is the callback that wakes the task of future tf.
func wakeCallback(tf *future) callback { return callback{fn: vm.NativeValue(unsafe.Pointer(tf))} }

// taskOf is the task future a wake-up callback wakes, or nil.
func (cb callback) taskOf() *future {
	if cb.fn.Kind() == vm.KOther {
		return (*future)(vm.Native(cb.fn))
	}
	return nil
}

// futureOf returns the Go state of a Future instance.
func (st *modState) futureOf(v vm.Value) (*future, error) {
	if p := vm.Native(v); p != nil {
		return (*future)(p), nil
	}
	return nil, vm.Errorf(vm.TypeErrorType, "'%s' object is not an initialized asyncio Future", vm.TypeName(v))
}

// loopOf finds the Go loop of an asl event loop object.
func (st *modState) loopOf(t *vm.Thread, loop vm.Value) (*goLoop, error) {
	if p := loop.Ptr(); p != nil && p == st.lastLoop {
		return st.lastGo, nil
	}
	l, err := t.GetAttrName(loop, st.names.l)
	if err == nil {
		if g, ok := st.loops[l.Ptr()]; ok {
			st.lastLoop, st.lastGo = loop.Ptr(), g
			if g.loopV.IsNone() {
				g.loopV = loop
			}
			return g, nil
		}
	}
	return nil, vm.Errorf(vm.TypeErrorType, "%s is not an asl asyncio event loop", vm.TypeName(loop))
}

// futureInit is _asyncio.future_init(self, loop).
func (st *modState) futureInit(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 2 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "future_init(self, loop)")
	}
	g, err := st.loopOf(t, a[1])
	if err != nil {
		return vm.Value{}, err
	}
	f := &future{self: a[0], g: g, result: vm.None}
	vm.SetNativeIn(a[0], unsafe.Pointer(f), &f.slot)
	return vm.None, nil
}

// cancelMessage is the message of cancel(msg), None when none was given.
func (f *future) cancelMessage() vm.Value {
	if f.cancelMsg == nil {
		return vm.None
	}
	return *f.cancelMsg
}

// setCancelMsg keeps the message of cancel(msg).
func (f *future) setCancelMsg(msg vm.Value) {
	if msg.IsNone() {
		f.cancelMsg = nil
	} else {
		f.cancelMsg = &msg
	}
}

// scheduleCallbacks runs the done callbacks on the next turn.
func (f *future) scheduleCallbacks(t *vm.Thread) {
	cbs := f.callbacks
	f.callbacks = nil
	for _, cb := range cbs {
		if tf := cb.taskOf(); tf != nil {
			tf.task.wakeWith(f)
		} else if cb.gofn != nil {
			fn := cb.gofn
			f.g.l.Soon(func() { f.g.handle(t, fn(f), vm.None) })
		} else {
			f.g.soon(t, cb.fn, f.self)
		}
	}
}

// makeCancelledError is the CancelledError to raise for a cancelled future.
func (f *future) makeCancelledError() vm.Value {
	if tk := f.task; tk != nil && tk.cancelledExc != nil {
		e := *tk.cancelledExc
		tk.cancelledExc = nil
		return e
	}
	st := f.g.st
	if f.cancelMsg == nil {
		e, _ := vm.ExceptionValue(vm.NewException(st.cancelledError))
		return e
	}
	e, _ := vm.ExceptionValue(vm.NewException(st.cancelledError, *f.cancelMsg))
	return e
}

// cancel is Future.cancel: false when the future is done.
func (f *future) cancel(t *vm.Thread, msg vm.Value) bool {
	if f.state != pending {
		return false
	}
	f.state = cancelled
	f.setCancelMsg(msg)
	f.scheduleCallbacks(t)
	return true
}

// setResult finishes the future with a result.
func (f *future) setResult(t *vm.Thread, r vm.Value) error {
	if f.state != pending {
		return f.invalidState(t)
	}
	f.result, f.state = r, finished
	f.scheduleCallbacks(t)
	return nil
}

// setException finishes the future with an exception instance.
func (f *future) setException(t *vm.Thread, e vm.Value) error {
	if f.state != pending {
		return f.invalidState(t)
	}
	f.result, f.hasExc, f.state = e, true, finished
	f.logTB = true
	f.g.noteFailed(f)
	f.scheduleCallbacks(t)
	return nil
}

func (f *future) invalidState(t *vm.Thread) error {
	if f.self.Kind() == vm.KOther {
		return vm.NewException(f.g.st.invalidState, vm.NewStr(stateNames[f.state]))
	}
	r, err := t.Repr(f.self)
	if err != nil {
		return err
	}
	return vm.NewException(f.g.st.invalidState, vm.NewStr(stateNames[f.state]+": "+r))
}

// getResult is Future.result().
func (f *future) getResult() (vm.Value, error) {
	switch f.state {
	case cancelled:
		return vm.Value{}, vm.Raise(f.makeCancelledError())
	case pending:
		return vm.Value{}, vm.NewException(f.g.st.invalidState, vm.NewStr("Result is not set."))
	}
	if f.hasExc {
		f.logTB = false
		return vm.Value{}, vm.Raise(f.result)
	}
	return f.result, nil
}

// await is Future.__await__(): yield the future until it is done, then
// its result.
func (st *modState) await(f *future) vm.Value {
	it := &futureIter{f: f}
	return it.Start(st.futureIter, it)
}

// futureIter is the iterator of Future.__await__().
type futureIter struct {
	vm.Iter
	f       *future
	yielded bool
}

// Step yields the future once while it is pending, then gives its result.
func (it *futureIter) Step(t *vm.Thread, sent vm.Value, exc error) (vm.Value, bool, error) {
	if exc != nil {
		return vm.Value{}, false, exc
	}
	if f := it.f; !it.yielded && f.state == pending {
		it.yielded = true
		f.blocking = true
		return f.self, true, nil
	}
	return it.f.awaited()
}

// awaited is what awaiting f gives when its task is woken: the result, or
// the exception raised.
func (f *future) awaited() (vm.Value, bool, error) {
	if f.state == pending {
		return vm.Value{}, false, vm.Errorf(vm.RuntimeErrorType, "await wasn't used with future")
	}
	r, err := f.getResult()
	return r, false, err
}

// noteFailed remembers a future that ended with an exception, so that the
// loop reports it at close if nobody retrieved it. The list drops retrieved
// ones as it grows, so a long-running loop does not keep them all.
func (g *goLoop) noteFailed(f *future) {
	if len(g.failed) >= g.failedCap {
		kept := g.failed[:0]
		for _, x := range g.failed {
			if x.logTB {
				kept = append(kept, x)
			}
		}
		clear(g.failed[len(kept):])
		g.failed = kept
		g.failedCap = max(64, 2*len(kept))
	}
	g.failed = append(g.failed, f)
}

// unretrieved is _asyncio.unretrieved(loop): the futures and tasks whose
// exception was never retrieved, in the order they failed; the loop
// forgets them.
func (st *modState) unretrieved(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "unretrieved(loop)")
	}
	g, err := st.loopOf(t, a[0])
	if err != nil {
		return vm.Value{}, err
	}
	var out []vm.Value
	for _, f := range g.failed {
		if f.logTB {
			f.logTB = false
			out = append(out, f.self)
		}
	}
	g.failed = nil
	return vm.NewList(out), nil
}
