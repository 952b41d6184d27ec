package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asl-lang/asl/ast"
)

// TestCorpusDump checks that every valid file under testdata/syntax/ok
// parses to the tree CPython 3.11's ast.dump printed for it.
func TestCorpusDump(t *testing.T) {
	files, err := filepath.Glob("../testdata/syntax/ok/*.asl")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus files: %v", err)
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(f, ".asl") + ".ast")
			if err != nil {
				t.Fatal(err)
			}
			mod, err := ParseFile(name, string(src))
			if err != nil {
				if se, ok := AsSyntaxError(err); ok {
					t.Fatalf("parse error:\n%s", se.Format())
				}
				t.Fatalf("parse error: %v", err)
			}
			got := ast.Dump(mod) + "\n"
			if got != string(want) {
				t.Errorf("dump mismatch\n got: %s\nwant: %s", got, want)
			}
		})
	}
}
