package compiler

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asl-lang/asl/parser"
)

// TestCompileCorpus checks that Check accepts exactly the valid-syntax
// files CPython's compile() accepts, and rejects the others with the same
// line and message (testdata/syntax/ok/compile.golden).
func TestCompileCorpus(t *testing.T) {
	golden, err := os.ReadFile("../testdata/syntax/ok/compile.golden")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(golden)), "\n") {
		name, want, _ := strings.Cut(line, ": ")
		src, err := os.ReadFile(filepath.Join("../testdata/syntax/ok", name))
		if err != nil {
			t.Fatal(err)
		}
		mod, err := parser.ParseFile(name, string(src))
		if err != nil {
			t.Errorf("%s: parse error %v", name, err)
			continue
		}
		got := "OK"
		if err := Check(name, string(src), mod); err != nil {
			se, ok := parser.AsSyntaxError(err)
			if !ok {
				t.Errorf("%s: %v", name, err)
				continue
			}
			got = fmt.Sprintf("line %d: %s: %s", se.Line, se.Kind, se.Msg)
		}
		if got != want {
			t.Errorf("%s: got %q, want %q", name, got, want)
		}
	}
}

// TestCheckMessages covers compile-time errors one by one.
func TestCheckMessages(t *testing.T) {
	cases := []struct{ src, want string }{
		{"return 1\n", "'return' outside function"},
		{"def f():\n    yield 1\n    return\nasync def g():\n    yield 1\n    return 2\n", "'return' with value in async generator"},
		{"for x in y:\n    def f():\n        continue\n", "'continue' not properly in loop"},
		{"while x:\n    class C:\n        break\n", "'break' outside loop"},
		{"def f():\n    await x\n", "'await' outside async function"},
		{"async def f():\n    return [x for x in y if await x]\n", ""},
		{"def f():\n    return [x async for x in y]\n", "asynchronous comprehension outside of an asynchronous function"},
		{"def f(a, *, a):\n    pass\n", "duplicate argument 'a' in function definition"},
		{"def f():\n    global x\n    nonlocal x\n", "name 'x' is nonlocal and global"},
		{"def f():\n    def g():\n        nonlocal x\n    x = 1\n", ""},
		{"def f():\n    class C:\n        nonlocal x\n", "no binding for nonlocal 'x' found"},
		{"x = [*a, *b]\nf(*a, *b)\nprint(*a)\n", ""},
		{"a, *b, *c = d\n", "multiple starred expressions in assignment"},
		{"f(a=1, a=2)\n", "keyword argument repeated: a"},
		{"from __future__ import braces\n", "not a chance"},
		{"'''doc'''\nfrom __future__ import annotations\n", ""},
		{"from __future__ import nope\n", "future feature nope is not defined"},
		{"def f():\n    x = [(yield) for y in z]\n", "'yield' inside list comprehension"},
		{"def f():\n    x = ((yield) for y in z)\n", "'yield' inside generator expression"},
		{"lambda: (yield)\n", ""},
	}
	for _, c := range cases {
		mod, err := parser.ParseFile("t.asl", c.src)
		if err != nil {
			t.Errorf("%q: parse error %v", c.src, err)
			continue
		}
		got := ""
		if err := Check("t.asl", c.src, mod); err != nil {
			got = err.(interface{ Error() string }).Error()
			if se, ok := parser.AsSyntaxError(err); ok {
				got = se.Msg
			}
		}
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.src, got, c.want)
		}
	}
}
