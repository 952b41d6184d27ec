package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

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
