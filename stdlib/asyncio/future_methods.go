package asyncio

import "github.com/asl-lang/asl/vm"

// futureMethods are the methods of asyncio.Future written in Go: the asl
// class takes them into its namespace (futures.asl).
func (st *modState) futureMethods() map[string]vm.BuiltinFunc {
	self := func(a []vm.Value, n int, name string) (*future, error) {
		if len(a) < 1 {
			return nil, vm.Errorf(vm.TypeErrorType, "%s() needs a Future", name)
		}
		if len(a)-1 > n {
			return nil, vm.Errorf(vm.TypeErrorType, "%s() takes at most %d arguments (%d given)", name, n, len(a)-1)
		}
		return st.futureOf(a[0])
	}
	return map[string]vm.BuiltinFunc{
		"done": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			f, err := self(a, 0, "done")
			if err != nil {
				return vm.Value{}, err
			}
			return vm.Bool(f.state != pending), nil
		},
		"cancelled": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			f, err := self(a, 0, "cancelled")
			if err != nil {
				return vm.Value{}, err
			}
			return vm.Bool(f.state == cancelled), nil
		},
		"result": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			f, err := self(a, 0, "result")
			if err != nil {
				return vm.Value{}, err
			}
			return f.getResult()
		},
		"exception": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			f, err := self(a, 0, "exception")
			if err != nil {
				return vm.Value{}, err
			}
			switch f.state {
			case cancelled:
				return vm.Value{}, vm.Raise(f.makeCancelledError())
			case pending:
				return vm.Value{}, vm.NewException(st.invalidState, vm.NewStr("Exception is not set."))
			}
			if f.hasExc {
				f.logTB = false
				return f.result, nil
			}
			return vm.None, nil
		},
		"add_done_callback": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			f, err := self(a, 1, "add_done_callback")
			if err != nil {
				return vm.Value{}, err
			}
			if len(a) != 2 {
				return vm.Value{}, vm.Errorf(vm.TypeErrorType, "add_done_callback() missing 1 required positional argument: 'fn'")
			}
			if f.state != pending {
				f.g.soon(t, a[1], f.self)
			} else {
				f.callbacks = append(f.callbacks, callback{fn: a[1]})
			}
			return vm.None, nil
		},
		"remove_done_callback": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			f, err := self(a, 1, "remove_done_callback")
			if err != nil || len(a) != 2 {
				return vm.Value{}, err
			}
			kept := f.callbacks[:0]
			removed := 0
			for _, cb := range f.callbacks {
				if cb.taskOf() != nil || cb.gofn != nil {
					kept = append(kept, cb)
					continue
				}
				eq, err := t.Operator("==", cb.fn, a[1])
				if err != nil {
					return vm.Value{}, err
				}
				if same, _ := t.Truth(eq); same {
					removed++
					continue
				}
				kept = append(kept, cb)
			}
			for i := len(kept); i < len(f.callbacks); i++ {
				f.callbacks[i] = callback{}
			}
			f.callbacks = kept
			return vm.Int(int64(removed)), nil
		},
		"set_result": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			f, err := self(a, 1, "set_result")
			if err != nil || len(a) != 2 {
				return vm.Value{}, err
			}
			if f.task != nil {
				return vm.Value{}, vm.Errorf(vm.RuntimeErrorType, "Task does not support set_result operation")
			}
			return vm.None, f.setResult(t, a[1])
		},
		"set_exception": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			f, err := self(a, 1, "set_exception")
			if err != nil || len(a) != 2 {
				return vm.Value{}, err
			}
			if f.task != nil {
				return vm.Value{}, vm.Errorf(vm.RuntimeErrorType, "Task does not support set_exception operation")
			}
			if f.state != pending {
				return vm.Value{}, f.invalidState(t)
			}
			e := a[1]
			if _, isClass := e.AsClass(); isClass {
				if e, err = t.Call(e, nil, nil); err != nil {
					return vm.Value{}, err
				}
			}
			if vm.TypeOf(e) == vm.StopIterationType {
				return vm.Value{}, vm.Errorf(vm.TypeErrorType, "StopIteration interacts badly with generators and cannot be raised into a Future")
			}
			if !vm.TypeOf(e).IsSubclass(vm.BaseExceptionType) {
				return vm.Value{}, vm.Errorf(vm.TypeErrorType, "invalid exception object")
			}
			return vm.None, f.setException(t, e)
		},
		"cancel": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			f, err := self(a, 1, "cancel")
			if err != nil {
				return vm.Value{}, err
			}
			msg := vm.None
			if len(a) == 2 {
				msg = a[1]
			}
			if m, ok := kw.Get("msg"); ok {
				msg = m
			}
			if f.task != nil {
				return vm.Bool(f.task.cancel(t, f, msg)), nil
			}
			return vm.Bool(f.cancel(t, msg)), nil
		},
		"get_loop": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			f, err := self(a, 0, "get_loop")
			if err != nil {
				return vm.Value{}, err
			}
			return f.g.loopV, nil
		},
		"__await__": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			f, err := self(a, 0, "__await__")
			if err != nil {
				return vm.Value{}, err
			}
			return st.await(f), nil
		},
		"_make_cancelled_error": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			f, err := self(a, 0, "_make_cancelled_error")
			if err != nil {
				return vm.Value{}, err
			}
			return f.makeCancelledError(), nil
		},
		// _fstate(self, what, value=...) reads or writes the internals
		// the asl part shows: _state, _cancel_message, _asyncio_future_blocking.
		"_fstate": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			f, err := self(a, 2, "_fstate")
			if err != nil || len(a) < 2 {
				return vm.Value{}, err
			}
			set := len(a) == 3
			switch a[1].S() {
			case "state":
				return vm.NewStr(stateNames[f.state]), nil
			case "cancel_message":
				if set {
					f.setCancelMsg(a[2])
				}
				return f.cancelMessage(), nil
			case "blocking":
				if set {
					b, err := t.Truth(a[2])
					if err != nil {
						return vm.Value{}, err
					}
					f.blocking = b
				}
				return vm.Bool(f.blocking), nil
			case "result":
				return f.result, nil
			case "loop":
				return f.g.loopV, nil
			case "exception":
				if f.hasExc {
					return f.result, nil
				}
				return vm.None, nil
			case "callbacks":
				// The done callbacks: callables, or for Go ones the text
				// CPython's repr shows for its own.
				out := make([]vm.Value, len(f.callbacks))
				for i, cb := range f.callbacks {
					switch {
					case cb.taskOf() != nil:
						out[i] = vm.NewStr("Task.task_wakeup()")
					case cb.gofn != nil:
						out[i] = vm.NewStr("_GatheringFuture._done_callback()")
					default:
						out[i] = cb.fn
					}
				}
				return vm.NewList(out), nil
			}
			return vm.None, nil
		},
	}
}
