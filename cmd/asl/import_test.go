package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestImportPath checks where imports look: the script's folder first,
// then the folders of ASLPATH, and sys.path as the program changes it.
func TestImportPath(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, text string) {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("app/main.asl", "import near, far\nprint(near.WHERE, far.WHERE)\n")
	write("app/near.asl", "WHERE = 'script folder'\n")
	write("lib/far.asl", "WHERE = 'ASLPATH'\n")
	write("lib/near.asl", "WHERE = 'shadowed'\n")
	write("app/syspath.asl", "import sys\nsys.path.append("+
		"'"+filepath.ToSlash(filepath.Join(dir, "extra"))+"')\nimport more\nprint(more.WHERE)\n")
	write("extra/more.asl", "WHERE = 'sys.path'\n")

	run := func(script string) (string, string, int) {
		var out, errb bytes.Buffer
		code := runFile(filepath.Join(dir, "app", script), nil, &out, &errb)
		return out.String(), errb.String(), code
	}
	t.Setenv("ASLPATH", filepath.Join(dir, "lib"))
	if out, errs, code := run("main.asl"); code != 0 || out != "script folder ASLPATH\n" {
		t.Errorf("main.asl: %q, %q, status %d", out, errs, code)
	}
	if out, errs, code := run("syspath.asl"); code != 0 || out != "sys.path\n" {
		t.Errorf("syspath.asl: %q, %q, status %d", out, errs, code)
	}
	t.Setenv("ASLPATH", "")
	if _, errs, code := run("main.asl"); code != 1 || !bytes.Contains([]byte(errs), []byte("ModuleNotFoundError: No module named 'far'")) {
		t.Errorf("without ASLPATH: %q, status %d", errs, code)
	}
}
