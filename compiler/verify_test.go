package compiler

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asl-lang/asl/parser"
)

// TestVerifyCorpus compiles every program of the corpora and checks that
// the verifier accepts all the code the compiler makes.
func TestVerifyCorpus(t *testing.T) {
	var files []string
	for _, pat := range []string{"../testdata/syntax/ok/*.asl", "../testdata/run/*/*.asl", "../bench/cpu/*.asl", "../examples/*.asl"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	if len(files) < 300 {
		t.Fatalf("only %d files found", len(files))
	}
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		mod, err := parser.ParseFile(name, string(src))
		if err != nil {
			continue // a program about syntax errors
		}
		code, err := Compile(name, string(src), mod)
		if err != nil {
			continue
		}
		if err := code.Verify(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestVerifyRejects corrupts compiled code in the ways the verifier must
// catch.
func TestVerifyRejects(t *testing.T) {
	src := "def f(a, b=2):\n    return a[1:] + [b]\nprint(f([1, 2]))\n"
	cases := []struct {
		name   string
		change func(c *Code)
		want   string
	}{
		{"register", func(c *Code) { c.Instrs[0] = Encode(OpMove, c.NumRegs, 0, 0) }, "outside the frame"},
		{"constant", func(c *Code) { c.Instrs[0] = EncodeBx(OpLoadK, 0, len(c.Consts)) }, "constant"},
		{"name", func(c *Code) { c.Instrs[0] = EncodeBx(OpLoadGlobal, 0, len(c.Names)) }, "name"},
		{"jump", func(c *Code) { c.Instrs[0] = EncodeBx(OpJump, 0, JumpBias+len(c.Instrs)) }, "jump"},
		{"end", func(c *Code) { c.Instrs = c.Instrs[:len(c.Instrs)-1] }, "past its end"},
		{"range", func(c *Code) { c.Instrs[0] = Encode(OpBuildList, 0, c.NumRegs-1, 2) }, "outside the frame"},
		{"opcode", func(c *Code) { c.Instrs[0] = Encode(Op(250), 0, 0, 0) }, "unknown opcode"},
	}
	for _, tc := range cases {
		mod, err := parser.ParseFile("v.asl", src)
		if err != nil {
			t.Fatal(err)
		}
		code, err := Compile("v.asl", src, mod)
		if err != nil {
			t.Fatal(err)
		}
		if err := code.Verify(); err != nil {
			t.Fatalf("valid code rejected: %v", err)
		}
		tc.change(code)
		err = code.Verify()
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want an error about %q", tc.name, err, tc.want)
		}
	}
}
