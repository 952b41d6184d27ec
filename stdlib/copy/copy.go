// Package copy is asl's copy module, written in asl (copy.asl).
package copy

import (
	_ "embed"

	"github.com/asl-lang/asl/vm"
)

//go:embed copy.asl
var src string

func init() { vm.RegisterSourceModule("copy", src) }
