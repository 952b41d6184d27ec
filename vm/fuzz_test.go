package vm

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asl-lang/asl/compiler"
	"github.com/asl-lang/asl/parser"
)

// FuzzRun compiles and runs arbitrary source under a step bound: any
// input must end in a result or an asl exception, never a Go panic (which
// the VM would report as an internal error).
func FuzzRun(f *testing.F) {
	files, _ := filepath.Glob("../testdata/run/*/*.asl")
	for _, name := range files {
		if src, err := os.ReadFile(name); err == nil {
			f.Add(string(src))
		}
	}
	// Ints up to 2^30 bits are legal but one product of that size takes
	// seconds: keep every run of the fuzz target short.
	maxIntBits = 1 << 16
	f.Fuzz(func(tt *testing.T, src string) {
		mod, err := parser.ParseFile("fuzz.asl", src)
		if err != nil {
			return
		}
		code, err := compiler.Compile("fuzz.asl", src, mod)
		if err != nil {
			if _, ok := parser.AsSyntaxError(err); !ok {
				tt.Fatalf("compile error that is not a SyntaxError: %v", err)
			}
			return
		}
		t := NewThread()
		t.Stdout, t.Stderr = discard{}, discard{}
		t.Budget = 20000
		g := newDict(0)
		g.SetStr("__name__", NewStr("__main__"))
		err = t.RunModule(code, g)
		if e, ok := err.(*Exception); ok {
			if msg := e.Error(); strings.Contains(msg, "internal error") || strings.Contains(msg, "invalid bytecode") {
				tt.Fatalf("internal error: %s\nsource:\n%s", msg, src)
			}
		}
	})
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
