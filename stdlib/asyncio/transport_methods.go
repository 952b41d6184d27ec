package asyncio

import (
	"github.com/asl-lang/asl/vm"
)

// transportMethods are the methods of asl's socket and pipe transports
// (streams.asl puts them in the classes).
func (st *modState) transportMethods() map[string]vm.BuiltinFunc {
	self := func(a []vm.Value, name string) (*transport, error) {
		if len(a) > 0 {
			if p := vm.Native(a[0]); p != nil {
				return (*transport)(p), nil
			}
		}
		return nil, vm.Errorf(vm.TypeErrorType, "%s() needs a transport", name)
	}
	noArgs := func(name string, fn func(tr *transport) vm.Value) vm.BuiltinFunc {
		return func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			tr, err := self(a, name)
			if err != nil {
				return vm.Value{}, err
			}
			return fn(tr), nil
		}
	}
	return map[string]vm.BuiltinFunc{
		"write": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			tr, err := self(a, "write")
			if err != nil {
				return vm.Value{}, err
			}
			if len(a) != 2 {
				return vm.Value{}, vm.Errorf(vm.TypeErrorType, "write() takes exactly one argument (%d given)", len(a)-1)
			}
			b, ok := vm.BytesOf(a[1])
			if !ok {
				return vm.Value{}, vm.Errorf(vm.TypeErrorType, "data argument must be a bytes-like object, not '%s'", vm.TypeName(a[1]))
			}
			return vm.None, tr.write(b)
		},
		"close":          noArgs("close", func(tr *transport) vm.Value { tr.close(); return vm.None }),
		"abort":          noArgs("abort", func(tr *transport) vm.Value { tr.abort(); return vm.None }),
		"is_closing":     noArgs("is_closing", func(tr *transport) vm.Value { return vm.Bool(tr.closing) }),
		"write_eof":      noArgs("write_eof", func(tr *transport) vm.Value { tr.writeEOF(); return vm.None }),
		"can_write_eof":  noArgs("can_write_eof", func(tr *transport) vm.Value { return vm.Bool(tr.w != nil) }),
		"pause_reading":  noArgs("pause_reading", func(tr *transport) vm.Value { tr.pauseReading(); return vm.None }),
		"resume_reading": noArgs("resume_reading", func(tr *transport) vm.Value { tr.resumeReading(); return vm.None }),
		"is_reading": noArgs("is_reading", func(tr *transport) vm.Value {
			return vm.Bool(!tr.closing && !tr.readPaused && !tr.readStopped)
		}),
		"get_write_buffer_size": noArgs("get_write_buffer_size", func(tr *transport) vm.Value { return vm.Int(int64(tr.wsize)) }),
		"get_write_buffer_limits": noArgs("get_write_buffer_limits", func(tr *transport) vm.Value {
			return vm.NewTuple([]vm.Value{vm.Int(int64(tr.low)), vm.Int(int64(tr.high))})
		}),
		"get_protocol": noArgs("get_protocol", func(tr *transport) vm.Value { return tr.proto }),
		// _set_limits(high, low): set_write_buffer_limits after the asl
		// side checked and defaulted them.
		"_set_limits": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			tr, err := self(a, "set_write_buffer_limits")
			if err != nil || len(a) != 3 {
				return vm.Value{}, err
			}
			tr.high, tr.low = int(a[1].I()), int(a[2].I())
			return vm.None, nil
		},
		"set_protocol": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			tr, err := self(a, "set_protocol")
			if err != nil || len(a) != 2 {
				return vm.Value{}, err
			}
			tr.proto = a[1]
			return vm.None, nil
		},
		// _info(): the extra info dict (peername, sockname, socket...).
		"_info": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			tr, err := self(a, "get_extra_info")
			if err != nil {
				return vm.Value{}, err
			}
			d := vm.NewDict()
			for k, v := range tr.extra {
				d.Dict().SetStr(k, v)
			}
			return d, nil
		},
	}
}
