// Package reprlib is asl's reprlib module, written in asl (reprlib.asl):
// size-limited reprs, as asyncio shows future results.
package reprlib

import (
	_ "embed"

	"github.com/asl-lang/asl/vm"
)

//go:embed reprlib.asl
var src string

func init() { vm.RegisterSourceModule("reprlib", src) }
