// Package dataclasses is asl's dataclasses module, written in asl
// (dataclasses.asl) on class annotations.
package dataclasses

import (
	_ "embed"

	"github.com/asl-lang/asl/vm"
)

//go:embed dataclasses.asl
var src string

func init() { vm.RegisterSourceModule("dataclasses", src) }
