// Package json is asl's json module: dumps and loads with CPython's
// output and error messages, written in Go for speed, and dump and load
// over file objects.
package json

import (
	gomath "math"

	"github.com/asl-lang/asl/vm"
)

func init() { vm.RegisterModule("json", build) }

// DecodeError is json.JSONDecodeError, a ValueError.
var DecodeError = vm.NewExceptionClass("JSONDecodeError", "json", vm.ValueErrorType)

func build(t *vm.Thread) vm.Value {
	d := vm.NewDict().Dict()
	d.SetStr("dumps", vm.NewBuiltin("dumps", dumps))
	d.SetStr("loads", vm.NewBuiltin("loads", loads))
	d.SetStr("dump", vm.NewBuiltin("dump", dump))
	d.SetStr("load", vm.NewBuiltin("load", load))
	d.SetStr("JSONDecodeError", vm.ClassValue(DecodeError))
	return vm.NewModule("json", d)
}

var (
	posInf = gomath.Inf(1)
	negInf = gomath.Inf(-1)
	nan    = gomath.NaN()
)
