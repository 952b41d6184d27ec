// Package enum is asl's enum module (Enum, IntEnum, StrEnum, Flag, IntFlag,
// auto, unique), written in asl (enum.asl) on the VM's metaclasses.
package enum

import (
	_ "embed"

	"github.com/asl-lang/asl/vm"
)

//go:embed enum.asl
var src string

func init() { vm.RegisterSourceModule("enum", src) }
