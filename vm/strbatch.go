package vm

import (
	"strings"
	"unsafe"
)

// asciiSpace marks the ASCII code points str.split() splits on.
var asciiSpace = [256]bool{
	'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true,
	0x1c: true, 0x1d: true, 0x1e: true, 0x1f: true,
}

// newStrValues makes a str value for each part. The Str headers share one
// allocation: splitting text into many words is the common case, and the
// words already keep the text they were cut from alive. ascii says every
// part is ASCII, so their code-point counts are their lengths.
func newStrValues(parts []string, ascii bool) []Value {
	strs := make([]Str, len(parts))
	items := make([]Value, len(parts))
	for i, p := range parts {
		strs[i] = Str{S: p, runes: -1}
		if ascii {
			strs[i].runes = len(p)
		}
		items[i] = ptrValue(KStr, unsafe.Pointer(&strs[i]))
	}
	return items
}

// splitASCIISpace is str.split() without arguments for an ASCII string.
func splitASCIISpace(s string) []string {
	n := 0
	inWord := false
	for i := 0; i < len(s); i++ {
		sp := asciiSpace[s[i]]
		if !sp && !inWord {
			n++
		}
		inWord = !sp
	}
	out := make([]string, 0, n)
	start := -1
	for i := 0; i < len(s); i++ {
		if asciiSpace[s[i]] {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// joinSeq is sep.join(seq) for a list or tuple of strs, sizing the result
// once. It reports false when seq is anything else or holds a non-str, for
// the general path to handle (and to word the error).
func joinSeq(sep *Str, seq Value) (Value, bool) {
	var items []Value
	switch seq.kind {
	case KList:
		items = seq.list().Items
	case KTuple:
		items = seq.tuple().Items
	default:
		return Value{}, false
	}
	if len(items) == 1 && items[0].kind == KStr {
		return items[0], true
	}
	n := 0
	runes := 0
	if len(items) > 1 {
		n = len(sep.S) * (len(items) - 1)
		runes = sep.runes * (len(items) - 1)
		if sep.runes < 0 {
			runes = -1
		}
	}
	for _, x := range items {
		if x.kind != KStr {
			return Value{}, false
		}
		st := x.str()
		n += len(st.S)
		if st.runes < 0 || runes < 0 {
			runes = -1
		} else {
			runes += st.runes
		}
	}
	var b strings.Builder
	b.Grow(n)
	for i, x := range items {
		if i > 0 {
			b.WriteString(sep.S)
		}
		b.WriteString(x.S())
	}
	return ptrValue(KStr, unsafe.Pointer(&Str{S: b.String(), runes: runes})), true
}

// asciiChars holds one shared str per ASCII character, as CPython keeps
// its one-character strings: iterating over or indexing text makes none.
var asciiChars = func() (t [128]Value) {
	for i := range t {
		t[i] = sharedStr(string(rune(i)))
	}
	return
}()

// emptyStr is the shared empty str.
var emptyStr = sharedStr("")

// charStr makes a str of one character, shared when it is ASCII.
func charStr(s string) Value {
	if len(s) == 1 && s[0] < 128 {
		return asciiChars[s[0]]
	}
	return NewStr(s)
}
