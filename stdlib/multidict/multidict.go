// Package multidict is asl's multidict module (MultiDict, CIMultiDict and
// their read-only proxies, istr), written in asl: aiohttp keeps headers
// and query strings in it.
package multidict

import (
	_ "embed"

	"github.com/asl-lang/asl/vm"
)

//go:embed multidict.asl
var src string

func init() { vm.RegisterSourceModule("multidict", src) }
