// Package time is asl's time module: struct_time and the functions over
// it in asl (time.asl, _strptime.asl) on the clocks, the time zone and
// strftime of the Go module _time.
package time

import (
	_ "embed"
	"math"
	"math/big"
	gotime "time"

	"github.com/asl-lang/asl/vm"
)

//go:embed time.asl
var src string

//go:embed _strptime.asl
var strptimeSrc string

func init() {
	vm.RegisterSourceModule("time", src)
	vm.RegisterSourceModule("_strptime", strptimeSrc)
	vm.RegisterModule("_time", build)
}

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
	d.SetStr("breakdown", vm.NewBuiltin("breakdown", breakdown))
	d.SetStr("mktime", vm.NewBuiltin("mktime", mktime))
	d.SetStr("strftime", vm.NewBuiltin("strftime", strftimeFn))
	d.SetStr("zoneinfo", vm.NewBuiltin("zoneinfo", zoneinfo))
	return vm.NewModule("_time", d)
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
	t.Blocking(func() { gotime.Sleep(gotime.Duration(s * 1e9)) })
	return vm.None, nil
}

// maxSecs bounds the timestamps whose year fits in a C int.
const maxSecs = 67767976233316800

// seconds reads a timestamp as C's time_t: an int, or a float rounded
// down; None is now.
func seconds(v vm.Value) (int64, error) {
	if v.Kind() == vm.KNone {
		return gotime.Now().Unix(), nil
	}
	var s int64
	if v.Kind() == vm.KFloat {
		f := v.F()
		if math.IsNaN(f) {
			return 0, vm.Errorf(vm.ValueErrorType, "Invalid value NaN (not a number)")
		}
		f = math.Floor(f)
		if f < -9.223372036854776e18 || f >= 9.223372036854776e18 {
			return 0, vm.Errorf(vm.OverflowErrorType, "timestamp out of range for platform time_t")
		}
		s = int64(f)
	} else {
		n, err := vm.IntArg(v)
		if err != nil {
			return 0, err
		}
		if !n.IsInt64() {
			return 0, vm.Errorf(vm.OverflowErrorType, "timestamp out of range for platform time_t")
		}
		s = n.Int64()
	}
	if s > maxSecs || s < -maxSecs {
		return 0, vm.Errorf(vm.OSErrorType, "[Errno 75] Value too large for defined data type")
	}
	return s, nil
}

// breakdown(secs, local) is the 11 fields of gmtime or localtime.
func breakdown(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 2 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "breakdown() takes 2 arguments")
	}
	s, err := seconds(a[0])
	if err != nil {
		return vm.Value{}, err
	}
	tt := gotime.Unix(s, 0).UTC()
	zone, off := "GMT", 0
	if a[1].Kind() == vm.KBool && a[1].I() != 0 {
		tt = tt.In(gotime.Local)
		zone, off = tt.Zone()
	}
	isdst := 0
	if tt.IsDST() {
		isdst = 1
	}
	return vm.NewTuple([]vm.Value{
		vm.Int(int64(tt.Year())), vm.Int(int64(tt.Month())), vm.Int(int64(tt.Day())),
		vm.Int(int64(tt.Hour())), vm.Int(int64(tt.Minute())), vm.Int(int64(tt.Second())),
		vm.Int(int64((tt.Weekday() + 6) % 7)), vm.Int(int64(tt.YearDay())), vm.Int(int64(isdst)),
		vm.NewStr(zone), vm.Int(int64(off)),
	}), nil
}

// ints reads n int arguments.
func ints(a []vm.Value, n int) ([]int, error) {
	if len(a) < n {
		return nil, vm.Errorf(vm.TypeErrorType, "expected %d arguments", n)
	}
	out := make([]int, n)
	for i := 0; i < n; i++ {
		x, err := vm.IntArg(a[i])
		if err != nil {
			return nil, err
		}
		if !x.IsInt64() || x.Cmp(big.NewInt(math.MaxInt32)) > 0 || x.Cmp(big.NewInt(math.MinInt32)) < 0 {
			return nil, vm.Errorf(vm.OverflowErrorType, "Python int too large to convert to C int")
		}
		out[i] = int(x.Int64())
	}
	return out, nil
}

// localEpoch is the timestamp of a local wall time, as C's mktime.
func localEpoch(y, mo, d, h, mi, s int) int64 {
	return gotime.Date(y, gotime.Month(mo), d, h, mi, s, 0, gotime.Local).Unix()
}

// mktime(y, mo, d, h, mi, s) is the timestamp of a local time.
func mktime(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	f, err := ints(a, 6)
	if err != nil {
		return vm.Value{}, err
	}
	return vm.Int(localEpoch(f[0], f[1], f[2], f[3], f[4], f[5])), nil
}

// strftimeFn(fmt, y, mo, d, h, mi, s, wday, yday, isdst, zone, gmtoff)
// formats checked fields (wday Monday=0, yday 1-based).
func strftimeFn(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 12 || a[0].Kind() != vm.KStr || a[10].Kind() != vm.KStr {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "strftime() takes a format and 11 fields")
	}
	f, err := ints(a[1:10], 9)
	if err != nil {
		return vm.Value{}, err
	}
	off, err := ints(a[11:], 1)
	if err != nil {
		return vm.Value{}, err
	}
	x := &tm{year: f[0], mon: f[1], mday: f[2], hour: f[3], min: f[4], sec: f[5],
		wday: (f[6] + 1) % 7, yday: f[7] - 1, isdst: f[8], zone: a[10].S(), gmtoff: off[0]}
	x.epoch = func() int64 { return localEpoch(x.year, x.mon, x.mday, x.hour, x.min, x.sec) }
	return vm.NewStr(strftime(a[0].S(), x)), nil
}

// zoneinfo() is (timezone, altzone, daylight, (stdname, dstname)) of the
// local zone, read from January and July of this year as CPython does.
func zoneinfo(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	y := gotime.Now().Year()
	jname, joff := gotime.Date(y, 1, 1, 0, 0, 0, 0, gotime.Local).Zone()
	uname, uoff := gotime.Date(y, 7, 1, 0, 0, 0, 0, gotime.Local).Zone()
	if joff > uoff { // southern hemisphere: summer time in January
		jname, joff, uname, uoff = uname, uoff, jname, joff
	}
	daylight := 0
	if joff != uoff {
		daylight = 1
	}
	return vm.NewTuple([]vm.Value{
		vm.Int(int64(-joff)), vm.Int(int64(-uoff)), vm.Int(int64(daylight)),
		vm.NewTuple([]vm.Value{vm.NewStr(jname), vm.NewStr(uname)}),
	}), nil
}
