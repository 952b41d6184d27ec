// Package time is asl's time module: clocks and sleep. The struct_time
// functions (localtime, gmtime, strftime) come later.
package time

import (
	gotime "time"

	"github.com/asl-lang/asl/vm"
)

func init() { vm.RegisterModule("time", build) }

// start anchors the monotonic clocks (Go's monotonic reading).
var start = gotime.Now()

func build(t *vm.Thread) vm.Value {
	d := vm.NewDict().Dict()
	clock := func(name string, f func() vm.Value) {
		d.SetStr(name, vm.NewBuiltin(name, func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			if len(a) != 0 {
				return vm.Value{}, vm.Errorf(vm.TypeErrorType, "time.%s() takes no arguments (%d given)", name, len(a))
			}
			return f(), nil
		}))
	}
	sinceStart := func() gotime.Duration { return gotime.Since(start) }
	clock("time", func() vm.Value { return vm.Float(float64(gotime.Now().UnixNano()) / 1e9) })
	clock("time_ns", func() vm.Value { return vm.Int(gotime.Now().UnixNano()) })
	for _, name := range []string{"monotonic", "perf_counter", "process_time"} {
		clock(name, func() vm.Value { return vm.Float(sinceStart().Seconds()) })
		clock(name+"_ns", func() vm.Value { return vm.Int(int64(sinceStart())) })
	}
	d.SetStr("sleep", vm.NewBuiltin("sleep", sleep))
	return vm.NewModule("time", d)
}

// sleep blocks the thread; asyncio.sleep is the one that lets others run.
func sleep(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "time.sleep() takes exactly one argument (%d given)", len(a))
	}
	if !vm.IsInt(a[0]) && a[0].Kind() != vm.KFloat {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "'%s' object cannot be interpreted as an integer", vm.TypeName(a[0]))
	}
	s, err := vm.FloatArg(a[0])
	if err != nil {
		return vm.Value{}, err
	}
	if s < 0 {
		return vm.Value{}, vm.Errorf(vm.ValueErrorType, "sleep length must be non-negative")
	}
	gotime.Sleep(gotime.Duration(s * 1e9))
	return vm.None, nil
}
