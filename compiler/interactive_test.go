package compiler_test

import (
	"strings"
	"testing"

	"github.com/asl-lang/asl/compiler"
	"github.com/asl-lang/asl/parser"
)

// TestCompileInteractive checks top-level await in interactive input:
// allowed at the top level (the code is then a coroutine's), still an
// error inside a plain def, and an error for Compile.
func TestCompileInteractive(t *testing.T) {
	for _, c := range []struct {
		src       string
		coroutine bool
		err       string
	}{
		{"x = 1\n", false, ""},
		{"x = await f()\n", true, ""},
		{"async for v in g():\n    pass\n", true, ""},
		{"async with m():\n    pass\n", true, ""},
		{"r = [v async for v in g()]\n", true, ""},
		{"if x:\n    await f()\n", true, ""},
		{"def h():\n    await f()\n", false, "'await' outside async function"},
	} {
		mod, err := parser.ParseFile("<stdin>", c.src)
		if err != nil {
			t.Fatalf("%q: %v", c.src, err)
		}
		code, err := compiler.CompileInteractive("<stdin>", c.src, mod)
		switch {
		case c.err != "":
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%q: error %v, want %q", c.src, err, c.err)
			}
		case err != nil:
			t.Errorf("%q: %v", c.src, err)
		case code.Coroutine != c.coroutine:
			t.Errorf("%q: coroutine %v, want %v", c.src, code.Coroutine, c.coroutine)
		}
	}
	src := "x = await f()\n"
	mod, _ := parser.ParseFile("x.asl", src)
	if _, err := compiler.Compile("x.asl", src, mod); err == nil || !strings.Contains(err.Error(), "'await' outside function") {
		t.Errorf("Compile accepted top-level await: %v", err)
	}
}
