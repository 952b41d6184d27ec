package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// readSource reads a program file for every command. On failure it prints
// the error as CPython does and returns the exit status (2 when the file
// cannot be read, 1 when it is not UTF-8); otherwise the status is 0.
func readSource(path string, stderr io.Writer) (string, int) {
	abs, err := filepath.Abs(path) // CPython names files by absolute path
	if err != nil {
		abs = path
	}
	src, err := os.ReadFile(path)
	if err != nil {
		reason := err.Error()
		if os.IsNotExist(err) {
			reason = "[Errno 2] No such file or directory"
		}
		fmt.Fprintf(stderr, "asl: can't open file '%s': %s\n", abs, reason)
		return "", 2
	}
	if msg := nonUTF8Error(abs, src); msg != "" {
		fmt.Fprint(stderr, msg)
		return "", 1
	}
	return string(src), 0
}

// nonUTF8Error is CPython's complaint about a source file that is not
// UTF-8 (asl reads no other encoding), or "" when src is valid.
func nonUTF8Error(path string, src []byte) string {
	if utf8.Valid(src) {
		return ""
	}
	at := 0
	for at < len(src) {
		r, size := utf8.DecodeRune(src[at:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		at += size
	}
	line := 1 + strings.Count(string(src[:at]), "\n")
	return fmt.Sprintf("SyntaxError: Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n", src[at], path, line)
}
