// Package datetime is asl's datetime module, written in asl
// (datetime.asl) over the clock and local time zone of _time: date, time,
// datetime, timedelta, tzinfo and timezone as CPython 3.11's.
package datetime

import (
	_ "embed"

	_ "github.com/asl-lang/asl/stdlib/time" // _time, time and _strptime
	"github.com/asl-lang/asl/vm"
)

//go:embed datetime.asl
var src string

func init() { vm.RegisterSourceModule("datetime", src) }
