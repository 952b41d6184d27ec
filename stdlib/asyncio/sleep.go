package asyncio

import (
	"strings"
	"unsafe"

	"github.com/asl-lang/asl/eventloop"
	"github.com/asl-lang/asl/vm"
)

// newFuture makes a Future of the loop from Go (no asl __init__ runs).
func (st *modState) newFuture(t *vm.Thread, g *goLoop, loop vm.Value) (*future, error) {
	v := vm.NewObject(st.futureClass)
	f := &future{self: v, g: g, result: vm.None}
	vm.SetNativeIn(v, unsafe.Pointer(f), &f.slot)
	return f, nil
}

// sleeper is the state of one asyncio.sleep(delay) coroutine, with the
// future its task waits on inside it (one allocation).
type sleeper struct {
	vm.Coroutine
	st      *modState
	delay   float64
	result  *vm.Value // nil for None
	timer   eventloop.Handle
	fut     future // the future only the awaiting task sees: no asl object
	started bool
	armed   bool // the timer is scheduled
}

// Run is the timer's callback: the sleep is over.
func (s *sleeper) Run() {
	s.armed = false
	if f := &s.fut; f.state == pending {
		result := vm.None
		if s.result != nil {
			result = *s.result
		}
		_ = f.setResult(f.g.t, result)
	}
}

// sleep is _asyncio.sleep(delay, result, get_running_loop): the coroutine
// of asyncio.sleep(delay) for delay > 0. It waits on a future that a timer
// of the loop completes, as CPython's sleep does, with no asl frame.
func (st *modState) sleep(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 3 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "sleep(delay, result, get_running_loop)")
	}
	delay, err := vm.FloatArg(a[0])
	if err != nil {
		return vm.Value{}, err
	}
	s := &sleeper{st: st, delay: delay}
	if !a[1].IsNone() {
		r := a[1]
		s.result = &r
	}
	st.getRunningLoop = a[2]
	return s.Start("sleep", s), nil
}

// Step runs the sleep: the first step waits on the future, the next
// returns its result.
func (s *sleeper) Step(t *vm.Thread, sent vm.Value, exc error) (vm.Value, bool, error) {
	if s.armed {
		s.timer.Cancel() // the finally of CPython's sleep
		s.armed = false
	}
	if exc != nil {
		return vm.Value{}, false, exc
	}
	f := &s.fut
	if !s.started {
		s.started = true
		loop, err := t.Call(s.st.getRunningLoop, nil, nil)
		if err != nil {
			return vm.Value{}, false, err
		}
		g, err := s.st.loopOf(t, loop)
		if err != nil {
			return vm.Value{}, false, err
		}
		*f = future{g: g, result: vm.None}
		f.self = vm.NativeValue(unsafe.Pointer(f))
		g.l.ScheduleAt(&s.timer, g.l.Time()+s.delay, s)
		s.armed = true
		f.blocking = true
		return f.self, true, nil
	}
	return f.awaited()
}

// newFutureFn is _asyncio.new_future(loop): loop.create_future() made in
// Go, without running the asl __init__.
func (st *modState) newFutureFn(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "new_future(loop)")
	}
	g, err := st.loopOf(t, a[0])
	if err != nil {
		return vm.Value{}, err
	}
	f, err := st.newFuture(t, g, a[0])
	if err != nil {
		return vm.Value{}, err
	}
	return f.self, nil
}

// sleepRepr is the repr CPython gives the future a sleep awaits (its
// result is None and its callback the task's wake-up), for task reprs.
func (f *future) sleepRepr() string {
	s := "<Future " + strings.ToLower(stateNames[f.state])
	if f.state == finished {
		s += " result=None"
	}
	if len(f.callbacks) > 0 {
		s += " cb=[Task.task_wakeup()]"
	}
	return s + ">"
}
