// Package signal is asl's signal module, written in asl (signal.asl): the
// signal numbers as the Signals enum, for Process.send_signal and the like.
package signal

import (
	_ "embed"

	"github.com/asl-lang/asl/vm"
)

//go:embed signal.asl
var src string

func init() { vm.RegisterSourceModule("signal", src) }
