package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asl-lang/asl/ast"
)

// FuzzParse checks that any input ends in a syntax tree or a syntax error:
// never a panic, a hang or another kind of error.
func FuzzParse(f *testing.F) {
	for _, dir := range []string{"ok", "bad"} {
		files, _ := filepath.Glob(filepath.Join("..", "testdata", "syntax", dir, "*.asl"))
		for _, name := range files {
			src, err := os.ReadFile(name)
			if err == nil {
				f.Add(string(src))
			}
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		mod, err := ParseFile("fuzz.asl", src)
		if err != nil {
			se, ok := AsSyntaxError(err)
			if !ok {
				t.Fatalf("non-syntax error %v for %q", err, src)
			}
			if se.Line < 1 || !strings.Contains(se.Format(), se.Kind+": ") {
				t.Fatalf("malformed error %+v for %q", se, src)
			}
			return
		}
		_ = ast.Dump(mod)
	})
}
