// Package collections is asl's collections module, written in asl
// (collections.asl) on the subclasses of built-in types.
package collections

import (
	_ "embed"

	"github.com/asl-lang/asl/vm"
)

//go:embed collections.asl
var src string

func init() { vm.RegisterSourceModule("collections", src) }
