// Package shlex is asl's shlex module, written in asl (shlex.asl).
package shlex

import (
	_ "embed"

	"github.com/asl-lang/asl/vm"
)

//go:embed shlex.asl
var src string

func init() { vm.RegisterSourceModule("shlex", src) }
