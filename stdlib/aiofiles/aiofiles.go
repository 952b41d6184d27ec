// Package aiofiles is asl's aiofiles module (the aiofiles 23.x API):
// aiofiles (open, the async file wrappers, stdin/stdout/stderr),
// aiofiles.os, aiofiles.ospath (also aiofiles.os.path) and
// aiofiles.tempfile, written in asl
// over asyncio's default executor, with the private Go module _aiofiles
// for the os functions asl's os lacks.
package aiofiles

import (
	_ "embed"

	"github.com/asl-lang/asl/vm"
)

//go:embed aiofiles.asl
var src string

//go:embed os.asl
var osSrc string

//go:embed ospath.asl
var ospathSrc string

//go:embed tempfile.asl
var tempfileSrc string

func init() {
	vm.RegisterSourceModule("aiofiles", src)
	vm.RegisterSourceModule("aiofiles.os", osSrc)
	vm.RegisterSourceModule("aiofiles.ospath", ospathSrc)
	vm.RegisterSourceModule("aiofiles.tempfile", tempfileSrc)
	vm.RegisterModule("_aiofiles", buildPrivate)
}
