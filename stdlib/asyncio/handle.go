package asyncio

import (
	"unsafe"

	"github.com/asl-lang/asl/eventloop"
	"github.com/asl-lang/asl/vm"
)

// handle is the Go state of an asyncio Handle or TimerHandle: the loop's
// scheduled callback, cancellable.
type handle struct {
	slot      vm.Value
	h         *eventloop.Handle
	callback  vm.Value
	args      vm.Value
	when      float64
	cancelled bool
}

// schedule is BaseEventLoop.call_soon(callback, *args) (when is nil) and
// call_at(when, callback, *args) in Go: the callback scheduled, and its
// Handle (an instance of cls).
func (st *modState) schedule(t *vm.Thread, cls *vm.Class, loop vm.Value, when *float64, callback vm.Value, args []vm.Value) (vm.Value, error) {
	closed, err := t.GetAttr(loop, "_closed")
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
	hs := &handle{callback: callback, args: vm.NewTuple(args)}
	run := g.run(t, callback, args)
	if when == nil {
		hs.h = g.l.CallSoon(run)
	} else {
		hs.when = *when
		hs.h = g.l.CallAt(*when, run)
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
		// call_soon(loop, handle_class, callback, *args)
		"call_soon": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			if len(a) < 3 {
				return vm.Value{}, vm.Errorf(vm.TypeErrorType, "call_soon() missing 1 required positional argument: 'callback'")
			}
			cls, _ := a[1].AsClass()
			return st.schedule(t, cls, a[0], nil, a[2], append([]vm.Value(nil), a[3:]...))
		},
		// call_at(loop, timer_handle_class, when, callback, *args)
		"call_at": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			if len(a) < 4 {
				return vm.Value{}, vm.Errorf(vm.TypeErrorType, "call_at() missing required arguments")
			}
			if a[2].IsNone() {
				return vm.Value{}, vm.Errorf(vm.TypeErrorType, "when cannot be None")
			}
			when, err := vm.FloatArg(a[2])
			if err != nil {
				return vm.Value{}, err
			}
			cls, _ := a[1].AsClass()
			return st.schedule(t, cls, a[0], &when, a[3], append([]vm.Value(nil), a[4:]...))
		},
		"cancel": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			h, err := self(a[0])
			if err != nil {
				return vm.Value{}, err
			}
			if !h.cancelled {
				h.cancelled = true
				h.h.Cancel()
				h.callback, h.args = vm.None, vm.None
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
			return h.args, nil
		},
	}
}
