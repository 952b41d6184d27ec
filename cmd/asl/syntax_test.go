package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestMalformedCorpus checks every file under testdata/syntax/bad against
// the error output and exit status CPython 3.11 gave for it.
func TestMalformedCorpus(t *testing.T) {
	files, err := filepath.Glob("../../testdata/syntax/bad/*.asl")
	if err != nil || len(files) < 40 {
		t.Fatalf("expected at least 40 malformed inputs, found %d (%v)", len(files), err)
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			base := strings.TrimSuffix(f, ".asl")
			wantErr, err := os.ReadFile(base + ".err")
			if err != nil {
				t.Fatal(err)
			}
			wantCode, err := os.ReadFile(base + ".code")
			if err != nil {
				t.Fatal(err)
			}
			var stderr bytes.Buffer
			code := 0
			if err := check(name, string(src)); err != nil {
				code = reportError(err, &stderr)
			}
			if got := stderr.String(); got != string(wantErr) {
				t.Errorf("stderr mismatch\n got:\n%s\nwant:\n%s", got, wantErr)
			}
			if want := strings.TrimSpace(string(wantCode)); want != strconv.Itoa(code) {
				t.Errorf("exit status %d, want %s", code, want)
			}
		})
	}
}

// TestCommandLine runs the command on real files.
func TestCommandLine(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.asl")
	if err := os.WriteFile(good, []byte("x = 1\nprint(x)\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.asl")
	if err := os.WriteFile(bad, []byte("x = (1,\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"ast", good}, &out, &errb); code != 0 {
		t.Fatalf("asl ast good.asl: status %d, stderr %q", code, errb.String())
	}
	want := "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[]))], type_ignores=[])\n"
	if out.String() != want {
		t.Errorf("asl ast output %q, want %q", out.String(), want)
	}
	out.Reset()
	errb.Reset()
	if code := run([]string{"ast", bad}, &out, &errb); code != 1 {
		t.Errorf("asl ast bad.asl: status %d, want 1", code)
	}
	if !strings.Contains(errb.String(), "SyntaxError: '(' was never closed") || !strings.Contains(errb.String(), "line 1") {
		t.Errorf("unexpected error output %q", errb.String())
	}
	errb.Reset()
	if code := run([]string{filepath.Join(dir, "missing.asl")}, &out, &errb); code != 2 {
		t.Errorf("missing file: status %d, want 2", code)
	}
	if code := run([]string{"--no-such-flag"}, &out, &errb); code != 2 {
		t.Errorf("unknown flag: status %d, want 2", code)
	}
}
