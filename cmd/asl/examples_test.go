package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExamples runs each program of examples/ that has a golden in
// testdata/examples/ (made by CPython 3.11, see regen.sh there) and
// compares its standard output.
func TestExamples(t *testing.T) {
	goldens, _ := filepath.Glob("../../testdata/examples/*.out")
	if len(goldens) == 0 {
		t.Fatal("no example goldens")
	}
	for _, g := range goldens {
		name := strings.TrimSuffix(filepath.Base(g), ".out")
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(g)
			if err != nil {
				t.Fatal(err)
			}
			src, err := os.ReadFile("../../examples/" + name + ".asl")
			if err != nil {
				t.Fatal(err)
			}
			t.Chdir("../..")
			file := "examples/" + name + ".asl"
			var out, errb bytes.Buffer
			if code := runSource(file, string(src), []string{file}, &out, &errb); code != 0 {
				t.Fatalf("exit status %d; stderr:\n%s", code, errb.String())
			}
			if out.String() != string(want) {
				t.Errorf("stdout differs\n got: %q\nwant: %q", out.String(), want)
			}
		})
	}
}
