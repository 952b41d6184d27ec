package asyncio

import (
	"strconv"
	"unsafe"

	"github.com/asl-lang/asl/vm"
)

// task is the Go state a Task adds to its future: the coroutine and the
// cancellation bookkeeping of CPython 3.11's Task.
type task struct {
	coro    vm.Value
	waiterV vm.Value // the awaited future, native or not
	// name is the task's name, or the int N of its default name Task-N
	// (made into a str when asked for).
	name     vm.Value
	fut      *future // the task's own future
	wakeFrom *future // the done future the next Run wakes the task with
	// cancelledExc is the CancelledError that ended the coroutine,
	// re-raised to those who await the task (nil when none).
	cancelledExc *vm.Value
	numCancels   int32
	mustCancel   bool
	hasWaiter    bool
	skipFirst    bool // the scheduled first step already ran
}

// waiter is the awaited future when it is one of asl's, else nil.
func (tk *task) waiter() *future {
	if !tk.hasWaiter {
		return nil
	}
	if p := vm.Native(tk.waiterV); p != nil {
		return (*future)(p)
	}
	return nil
}

// taskInit is _asyncio.task_init(self, coro, loop, name): the task's
// state; its first step is scheduled.
func (st *modState) taskInit(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 4 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "task_init(self, coro, loop, name)")
	}
	g, err := st.loopOf(t, a[2])
	if err != nil {
		return vm.Value{}, err
	}
	// The future and the task state are one allocation.
	both := &struct {
		f  future
		tk task
	}{}
	f, tk := &both.f, &both.tk
	*f = future{self: a[0], g: g, result: vm.None}
	*tk = task{coro: a[1], fut: f}
	if name := a[3]; name.IsNone() {
		st.taskCounter++
		tk.name = vm.Int(st.taskCounter)
	} else if name.Kind() == vm.KStr {
		tk.name = name
	} else if tk.name, err = t.Call(vm.ClassValue(vm.StrType), []vm.Value{name}, nil); err != nil {
		return vm.Value{}, err
	}
	f.task = tk
	vm.SetNativeIn(a[0], unsafe.Pointer(f), &f.slot)
	g.l.SoonRunner(tk)
	g.addTask(f)
	return vm.None, nil
}

// cancel is Task.cancel(msg): CancelledError will be thrown into the
// coroutine at its next step.
func (tk *task) cancel(t *vm.Thread, f *future, msg vm.Value) bool {
	if f.state != pending {
		return false
	}
	tk.numCancels++
	if tk.hasWaiter {
		var ok bool
		if w := tk.waiter(); w != nil && w.task == nil && isPlainFuture(tk.waiterV) {
			ok = w.cancel(t, msg)
		} else {
			r, err := callMethod(t, tk.waiterV, "cancel", msg)
			if err == nil {
				ok, _ = t.Truth(r)
			}
		}
		if ok {
			return true
		}
	}
	tk.mustCancel = true
	f.setCancelMsg(msg)
	return true
}

// isPlainFuture reports whether v's cancel is Future's own (no override in
// an asl subclass such as gather's): a Future, or a future of Go only.
func isPlainFuture(v vm.Value) bool {
	return v.Kind() == vm.KOther || vm.TypeOf(v).Name == "Future"
}

// callMethod calls v.name(args...).
func callMethod(t *vm.Thread, v vm.Value, name string, args ...vm.Value) (vm.Value, error) {
	m, err := t.GetAttr(v, name)
	if err != nil {
		return vm.Value{}, err
	}
	return t.Call(m, args, nil)
}

// step is Task.__step: send into the coroutine (or throw exc), then deal
// with what it yields, returns or raises.
func (f *future) step(t *vm.Thread, exc vm.Value, hasExc bool) error {
	tk := f.task
	st := f.g.st
	if f.state != pending {
		return vm.NewException(st.invalidState, vm.NewStr("_step(): already done"))
	}
	if tk.mustCancel {
		if !hasExc || !vm.TypeOf(exc).IsSubclass(st.cancelledError) {
			exc, hasExc = f.makeCancelledError(), true
		}
		tk.mustCancel = false
	}
	tk.waiterV, tk.hasWaiter = vm.Value{}, false
	g := f.g
	if g.current != nil {
		return vm.Errorf(vm.RuntimeErrorType, "Cannot enter into task while another task is being executed.")
	}
	g.current = f
	var r vm.Value
	var yielded bool
	var err error
	if hasExc {
		r, yielded, err = t.Throw(tk.coro, exc)
	} else {
		r, yielded, err = t.Send(tk.coro, vm.None)
	}
	g.current = nil
	switch {
	case err != nil:
		e, ok := vm.ExceptionValue(err)
		if !ok {
			return err
		}
		cls := vm.TypeOf(e)
		switch {
		case cls.IsSubclass(st.cancelledError):
			tk.cancelledExc = &e
			f.cancel(t, vm.None)
		case cls.IsSubclass(vm.KeyboardInterruptType) || cls.IsSubclass(vm.SystemExitType):
			_ = f.setException(t, e)
			return err
		default:
			_ = f.setException(t, e)
		}
	case !yielded:
		if tk.mustCancel {
			tk.mustCancel = false
			f.cancel(t, f.cancelMessage())
		} else {
			_ = f.setResult(t, r)
		}
	default:
		return f.handleYield(t, r)
	}
	return nil
}

// handleYield deals with what the coroutine yielded: a future to wait for,
// None (sleep(0)), or something a task cannot use.
func (f *future) handleYield(t *vm.Thread, r vm.Value) error {
	tk := f.task
	if r.IsNone() {
		f.g.l.SoonRunner(tk)
		return nil
	}
	if w := vm.Native(r); w != nil {
		wf := (*future)(w)
		if wf.g != f.g {
			return f.badYield(t, "Task %[1]s got Future %[2]s attached to a different loop", r)
		}
		if !wf.blocking {
			return f.badYield(t, "yield was used instead of yield from in task %[1]s with %[2]s", r)
		}
		if wf == f {
			return f.badYield(t, "Task cannot await on itself: %[1]s", r)
		}
		wf.blocking = false
		if wf.state != pending {
			f.task.wakeWith(wf)
		} else {
			wf.callbacks = append(wf.callbacks, wakeCallback(f))
		}
		tk.waiterV, tk.hasWaiter = r, true
		if tk.mustCancel {
			if ok := tk.cancelWaiter(t, f.cancelMessage()); ok {
				tk.mustCancel = false
			}
		}
		return nil
	}
	return f.badYield(t, "Task got bad yield: %[2]s", r)
}

// cancelWaiter cancels the awaited future (through its own cancel).
func (tk *task) cancelWaiter(t *vm.Thread, msg vm.Value) bool {
	if w := tk.waiter(); w != nil && w.task == nil && isPlainFuture(tk.waiterV) {
		return w.cancel(t, msg)
	}
	r, err := callMethod(t, tk.waiterV, "cancel", msg)
	if err != nil {
		return false
	}
	ok, _ := t.Truth(r)
	return ok
}

// badYield schedules a step that throws RuntimeError into the coroutine;
// format names the task's repr %[1]s and the yielded value's %[2]s.
func (f *future) badYield(t *vm.Thread, format string, r vm.Value) error {
	self, err := t.Repr(f.self)
	if err != nil {
		return err
	}
	what, err := t.Repr(r)
	if err != nil {
		return err
	}
	e, _ := vm.ExceptionValue(vm.Errorf(vm.RuntimeErrorType, format, self, what))
	f.g.l.Soon(func() { f.g.handle(t, f.step(t, e, true), vm.None) })
	return nil
}

// wakeup is the done callback of the future a task awaits: step again,
// with the future's exception if it has one.
func (f *future) wakeup(t *vm.Thread, wf *future) error {
	switch {
	case wf.state == cancelled:
		return f.step(t, wf.makeCancelledError(), true)
	case wf.hasExc:
		wf.logTB = false
		return f.step(t, wf.result, true)
	}
	return f.step(t, vm.Value{}, false)
}

// newTask is _asyncio.new_task(cls, coro, loop, name): loop.create_task's
// Task made in Go, without running the asl __init__ (the same steps).
func (st *modState) newTask(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 4 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "new_task(cls, coro, loop, name)")
	}
	cls, ok := a[0].AsClass()
	if !ok {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "new_task: not a class")
	}
	coro, loop, name := a[1], a[2], a[3]
	if !t.IsCoroutineLike(coro) {
		r, err := t.Repr(coro)
		if err != nil {
			return vm.Value{}, err
		}
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "a coroutine was expected, got %s", r)
	}
	v := vm.NewObject(cls)
	if _, err := st.taskInit(t, []vm.Value{v, coro, loop, name}, nil); err != nil {
		return vm.Value{}, err
	}
	return v, nil
}

// nextTaskName is _asyncio.next_task_name(): "Task-N" for the next N.
func (st *modState) nextTaskName(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	st.taskCounter++
	return vm.NewStr("Task-" + strconv.FormatInt(st.taskCounter, 10)), nil
}

// wakeWith schedules the task's wake-up by wf, the done future it awaited.
func (tk *task) wakeWith(wf *future) {
	tk.wakeFrom = wf
	tk.fut.g.l.SoonRunner(tk)
}

// Run is the task's turn on the loop: a wake-up by the future it awaited,
// or a plain step. A task has one turn scheduled at a time.
func (tk *task) Run() {
	f := tk.fut
	t := f.g.t
	if tk.skipFirst {
		tk.skipFirst = false // the first step ran eagerly (RunEagerly)
		return
	}
	if wf := tk.wakeFrom; wf != nil {
		tk.wakeFrom = nil
		f.g.handle(t, f.wakeup(t, wf), vm.None)
		return
	}
	f.g.handle(t, f.step(t, vm.Value{}, false), vm.None)
}
