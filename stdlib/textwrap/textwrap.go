// Package textwrap is asl's textwrap module, written in asl (textwrap.asl).
package textwrap

import (
	_ "embed"

	"github.com/asl-lang/asl/vm"
)

//go:embed textwrap.asl
var src string

func init() { vm.RegisterSourceModule("textwrap", src) }
