package vm

import (
	"strings"
	"unsafe"
)

// newASCIIStr makes a str known to be ASCII: its length in code points is
// its length in bytes, so it is never counted.
func newASCIIStr(s string) Value {
	return ptrValue(KStr, unsafe.Pointer(&Str{S: s, runes: len(s)}))
}

// strResult is the str for s, a result computed from the str value orig:
// orig itself when s is orig's text unchanged (CPython returns the same
// object then), ASCII when orig is.
func strResult(orig Value, s string) Value {
	o := orig.str()
	if len(s) == len(o.S) && unsafe.StringData(s) == unsafe.StringData(o.S) && orig.kind == KStr {
		return orig
	}
	if o.runes == len(o.S) {
		return newASCIIStr(s)
	}
	return NewStr(s)
}

// asciiCase maps the ASCII letters of s (all ASCII) up or down.
func asciiCase(s string, upper bool) string {
	lo, hi := byte('a'), byte('z')
	if !upper {
		lo, hi = 'A', 'Z'
	}
	i := 0
	for i < len(s) && (s[i] < lo || s[i] > hi) {
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, len(s))
	copy(b, s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if c >= lo && c <= hi {
			c ^= 0x20
		}
		b[i] = c
	}
	return unsafe.String(&b[0], len(b))
}

// strUpperLower is str.upper or str.lower.
func strUpperLower(v Value, upper bool) Value {
	s := v.str()
	if s.IsASCII() {
		return newASCIIStr(asciiCase(s.S, upper))
	}
	if upper {
		return NewStr(pyUpper(s.S))
	}
	return NewStr(pyLower(s.S))
}

// strTrimSpace is str.strip, lstrip or rstrip without an argument.
func strTrimSpace(v Value, left, right bool) Value {
	s := v.S()
	i, j := 0, len(s)
	if left {
		for i < j && s[i] < 0x80 && isPySpace(rune(s[i])) {
			i++
		}
		if i < j && s[i] >= 0x80 {
			i = j - len(strings.TrimLeftFunc(s[i:j], isPySpace))
		}
	}
	if right {
		for j > i && s[j-1] < 0x80 && isPySpace(rune(s[j-1])) {
			j--
		}
		if j > i && s[j-1] >= 0x80 {
			j = i + len(strings.TrimRightFunc(s[i:j], isPySpace))
		}
	}
	return strResult(v, s[i:j])
}
