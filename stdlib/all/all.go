// Package all registers every built-in module of asl's standard library:
// a program embedding asl imports it for its side effect.
package all

import (
	_ "github.com/asl-lang/asl/stdlib/aiofiles"    // aiofiles, aiofiles.os, aiofiles.ospath
	_ "github.com/asl-lang/asl/stdlib/aiohttp"     // aiohttp, aiohttp.web, _aiohttp
	_ "github.com/asl-lang/asl/stdlib/asyncio"     // asyncio
	_ "github.com/asl-lang/asl/stdlib/base64"      // base64, binascii
	_ "github.com/asl-lang/asl/stdlib/collections" // collections
	_ "github.com/asl-lang/asl/stdlib/copy"        // copy
	_ "github.com/asl-lang/asl/stdlib/dataclasses" // dataclasses
	_ "github.com/asl-lang/asl/stdlib/datetime"    // datetime
	_ "github.com/asl-lang/asl/stdlib/enum"        // enum
	_ "github.com/asl-lang/asl/stdlib/functools"   // functools
	_ "github.com/asl-lang/asl/stdlib/hashlib"     // hashlib
	_ "github.com/asl-lang/asl/stdlib/io"          // io, _io, open
	_ "github.com/asl-lang/asl/stdlib/itertools"   // itertools
	_ "github.com/asl-lang/asl/stdlib/json"        // json
	_ "github.com/asl-lang/asl/stdlib/math"        // math
	_ "github.com/asl-lang/asl/stdlib/multidict"   // multidict
	_ "github.com/asl-lang/asl/stdlib/operator"    // operator
	_ "github.com/asl-lang/asl/stdlib/os"          // os, os.path
	_ "github.com/asl-lang/asl/stdlib/random"      // random
	_ "github.com/asl-lang/asl/stdlib/re"          // re
	_ "github.com/asl-lang/asl/stdlib/reprlib"     // reprlib
	_ "github.com/asl-lang/asl/stdlib/shlex"       // shlex
	_ "github.com/asl-lang/asl/stdlib/signal"      // signal
	_ "github.com/asl-lang/asl/stdlib/string"      // string
	_ "github.com/asl-lang/asl/stdlib/sys"         // sys
	_ "github.com/asl-lang/asl/stdlib/textwrap"    // textwrap
	_ "github.com/asl-lang/asl/stdlib/time"        // time
)
