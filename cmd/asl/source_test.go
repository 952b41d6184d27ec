package main

import (
	"os"
	"strings"
	"testing"
)

// TestNonUTF8Source checks asl's error for a file that is not UTF-8
// against CPython's output for the same file.
func TestNonUTF8Source(t *testing.T) {
	src, err := os.ReadFile("../../testdata/encoding/nonutf8.asl")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../testdata/encoding/nonutf8.err")
	if err != nil {
		t.Fatal(err)
	}
	code, _ := os.ReadFile("../../testdata/encoding/nonutf8.code")
	if strings.TrimSpace(string(code)) != "1" {
		t.Fatalf("golden exit status %q, want 1", code)
	}
	if got := nonUTF8Error("nonutf8.asl", src); got != string(want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if got := nonUTF8Error("ok.asl", []byte("print('é')\n")); got != "" {
		t.Errorf("valid UTF-8 rejected: %q", got)
	}
}
