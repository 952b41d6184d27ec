package asyncio

import (
	"unsafe"

	"github.com/asl-lang/asl/eventloop"
	"github.com/asl-lang/asl/vm"
)

// handle is the Go state of an asyncio Handle or TimerHandle: the loop's
// scheduled callback, cancellable. The scheduler's handle is part of it:
// one allocation.
type handle struct {
	h         eventloop.Handle
	slot      vm.Value
	g         *goLoop
	t         *vm.Thread
	callback  vm.Value
	args      []vm.Value
	when      float64
	cancelled bool
}

// Run runs the callback; what it raises goes to the loop's handler.
func (hs *handle) Run() {
	_, err := hs.t.Call(hs.callback, hs.args, nil)
	hs.g.handle(hs.t, err, hs.callback)
}

// schedule is BaseEventLoop.call_soon(callback, *args) (when is nil) and
// call_at(when, callback, *args) in Go: the callback scheduled, and its
// Handle (an instance of cls).
func (st *modState) schedule(t *vm.Thread, cls *vm.Class, loop vm.Value, when *float64, callback vm.Value, args []vm.Value) (vm.Value, error) {
	closed, err := t.GetAttrName(loop, st.names.closed)
	if err != nil {
		return vm.Value{}, err
	}
	if b, _ := t.Truth(closed); b {
		return vm.Value{}, vm.Errorf(vm.RuntimeErrorType, "Event loop is closed")
	}
	g, err := st.loopOf(t, loop)
	if err != nil {
		return vm.Value{}, err
	}
	if len(args) > 0 {
		args = append([]vm.Value(nil), args...)
	}
	hs := &handle{g: g, t: t, callback: callback, args: args}
	if when == nil {
		g.l.ScheduleSoon(&hs.h, hs)
	} else {
		hs.when = *when
		g.l.ScheduleAt(&hs.h, *when, hs)
	}
	v := vm.NewObject(cls)
	vm.SetNativeIn(v, unsafe.Pointer(hs), &hs.slot)
	return v, nil
}

// handleMethods are the loop's call_soon/call_at and Handle's methods
// written in Go (events.asl takes them into the classes).
func (st *modState) handleMethods() map[string]vm.BuiltinFunc {
	self := func(v vm.Value) (*handle, error) {
		if p := vm.Native(v); p != nil {
			return (*handle)(p), nil
		}
		return nil, vm.Errorf(vm.TypeErrorType, "'%s' object is not an asyncio Handle", vm.TypeName(v))
	}
	return map[string]vm.BuiltinFunc{
		// set_classes(Handle, TimerHandle): the classes of the handles
		// call_soon and call_at return.
		"set_classes": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			if len(a) == 2 {
				st.handleClass, _ = a[0].AsClass()
				st.timerHandleClass, _ = a[1].AsClass()
			}
			return vm.None, nil
		},
		// call_soon(loop, callback, *args, context=None): the method.
		"call_soon": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			if len(a) < 2 {
				return vm.Value{}, vm.Errorf(vm.TypeErrorType, "call_soon() missing 1 required positional argument: 'callback'")
			}
			if err := onlyContext(kw, "call_soon"); err != nil {
				return vm.Value{}, err
			}
			return st.schedule(t, st.handleClass, a[0], nil, a[1], a[2:])
		},
		// call_at(loop, when, callback, *args, context=None): the method.
		"call_at": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			if len(a) < 3 {
				return vm.Value{}, vm.Errorf(vm.TypeErrorType, "call_at() missing required arguments")
			}
			if err := onlyContext(kw, "call_at"); err != nil {
				return vm.Value{}, err
			}
			if a[1].IsNone() {
				return vm.Value{}, vm.Errorf(vm.TypeErrorType, "when cannot be None")
			}
			when, err := vm.FloatArg(a[1])
			if err != nil {
				return vm.Value{}, err
			}
			return st.schedule(t, st.timerHandleClass, a[0], &when, a[2], a[3:])
		},
		"cancel": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			h, err := self(a[0])
			if err != nil {
				return vm.Value{}, err
			}
			if !h.cancelled {
				h.cancelled = true
				h.h.Cancel()
				h.callback, h.args = vm.None, nil
			}
			return vm.None, nil
		},
		"cancelled": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			h, err := self(a[0])
			if err != nil {
				return vm.Value{}, err
			}
			return vm.Bool(h.cancelled), nil
		},
		"when": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			h, err := self(a[0])
			if err != nil {
				return vm.Value{}, err
			}
			return vm.Float(h.when), nil
		},
		"_callback": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			h, err := self(a[0])
			if err != nil {
				return vm.Value{}, err
			}
			return h.callback, nil
		},
		"_args": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			h, err := self(a[0])
			if err != nil {
				return vm.Value{}, err
			}
			if h.cancelled {
				return vm.None, nil
			}
			return vm.NewTuple(append([]vm.Value(nil), h.args...)), nil
		},
	}
}

// onlyContext checks that a scheduling method got no keyword but context
// (which asl, having no contextvars, accepts and ignores).
func onlyContext(kw *vm.Kwargs, name string) error {
	if kw == nil {
		return nil
	}
	for _, k := range kw.Names {
		if k != "context" {
			return vm.Errorf(vm.TypeErrorType, "%s() got an unexpected keyword argument '%s'", name, k)
		}
	}
	return nil
}
