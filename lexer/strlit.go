package lexer

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Prefix describes the prefix letters of a string literal.
type Prefix struct {
	Raw, Bytes, F, U bool
}

// SplitString separates a String token into its prefix and its body (the
// text between the quotes).
func SplitString(tok string) (Prefix, string) {
	var p Prefix
	i := 0
	for ; i < len(tok) && tok[i] != '\'' && tok[i] != '"'; i++ {
		switch tok[i] | 0x20 {
		case 'r':
			p.Raw = true
		case 'b':
			p.Bytes = true
		case 'f':
			p.F = true
		case 'u':
			p.U = true
		}
	}
	q := 1
	if len(tok)-i >= 6 && tok[i+1] == tok[i] && tok[i+2] == tok[i] {
		q = 3
	}
	return p, tok[i+q : len(tok)-q]
}

// EscapeError is a bad escape sequence in a string literal; Pos is the byte
// offset of the backslash in the decoded body.
type EscapeError struct {
	Msg string
	Pos int
}

func (e *EscapeError) Error() string { return e.Msg }

// Decode interprets the backslash escapes of a non-raw literal body. For
// bytes it rejects non-ASCII characters and \u, \U and \N are not escapes.
func Decode(body string, bytes bool) (string, error) {
	if strings.IndexByte(body, '\\') < 0 {
		if bytes {
			for i := 0; i < len(body); i++ {
				if body[i] >= 0x80 {
					return "", &EscapeError{Msg: "bytes can only contain ASCII literal characters", Pos: i}
				}
			}
		}
		return body, nil
	}
	var b strings.Builder
	b.Grow(len(body))
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' {
			if bytes && c >= 0x80 {
				return "", &EscapeError{Msg: "bytes can only contain ASCII literal characters", Pos: i}
			}
			b.WriteByte(c)
			i++
			continue
		}
		n, err := decodeEscape(&b, body, i, bytes)
		if err != nil {
			return "", err
		}
		i += n
	}
	return b.String(), nil
}

// decodeEscape writes the escape at body[i] (a backslash) and returns how
// many bytes it used.
func decodeEscape(b *strings.Builder, body string, i int, bytes bool) (int, error) {
	if i+1 >= len(body) {
		b.WriteByte('\\')
		return 1, nil
	}
	c := body[i+1]
	switch c {
	case '\n':
		return 2, nil
	case '\\', '\'', '"':
		b.WriteByte(c)
	case 'a':
		b.WriteByte(7)
	case 'b':
		b.WriteByte(8)
	case 'f':
		b.WriteByte(12)
	case 'n':
		b.WriteByte('\n')
	case 'r':
		b.WriteByte('\r')
	case 't':
		b.WriteByte('\t')
	case 'v':
		b.WriteByte(11)
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v, j := 0, i+1
		for ; j < len(body) && j < i+4 && body[j] >= '0' && body[j] <= '7'; j++ {
			v = v*8 + int(body[j]-'0')
		}
		writeCode(b, v, bytes)
		return j - i, nil
	case 'x':
		return hexEscape(b, body, i, 2, bytes)
	case 'u', 'U', 'N':
		if bytes {
			b.WriteByte('\\')
			b.WriteByte(c)
			break
		}
		if c == 'N' {
			return namedEscape(b, body, i)
		}
		width := 4
		if c == 'U' {
			width = 8
		}
		return hexEscape(b, body, i, width, false)
	default:
		b.WriteByte('\\')
		return 1, nil
	}
	return 2, nil
}

func writeCode(b *strings.Builder, v int, bytes bool) {
	if bytes {
		b.WriteByte(byte(v))
	} else {
		writeRune(b, rune(v))
	}
}

// writeRune writes r as UTF-8, keeping surrogates as their three-byte
// (WTF-8) encoding so that they survive as distinct code points.
func writeRune(b *strings.Builder, r rune) {
	if r >= 0xD800 && r <= 0xDFFF {
		b.WriteByte(byte(0xE0 | r>>12))
		b.WriteByte(byte(0x80 | (r>>6)&0x3F))
		b.WriteByte(byte(0x80 | r&0x3F))
		return
	}
	b.WriteRune(r)
}

func hexEscape(b *strings.Builder, body string, i, width int, bytes bool) (int, error) {
	v := 0
	for k := 0; k < width; k++ {
		j := i + 2 + k
		if j >= len(body) || !isHexC(int(body[j])) {
			if bytes {
				return 0, &EscapeError{Msg: fmt.Sprintf("(value error) invalid \\x escape at position %d", i), Pos: i}
			}
			names := map[int]string{2: "\\xXX", 4: "\\uXXXX", 8: "\\UXXXXXXXX"}
			return 0, &EscapeError{Msg: fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: truncated %s escape", escapePos(body, i), escapePos(body, j-1), names[width]), Pos: i}
		}
		d := body[j]
		switch {
		case d <= '9':
			v = v*16 + int(d-'0')
		default:
			v = v*16 + int(d|0x20-'a'+10)
		}
	}
	if v > utf8.MaxRune {
		return 0, &EscapeError{Msg: fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: illegal Unicode character", escapePos(body, i), escapePos(body, i+width+1)), Pos: i}
	}
	writeCode(b, v, bytes)
	return 2 + width, nil
}

func namedEscape(b *strings.Builder, body string, i int) (int, error) {
	malformed := func(last int) error {
		return &EscapeError{Msg: fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: malformed \\N character escape", escapePos(body, i), escapePos(body, last)), Pos: i}
	}
	if i+2 >= len(body) || body[i+2] != '{' {
		return 0, malformed(i + 1)
	}
	end := strings.IndexByte(body[i+3:], '}')
	if end < 0 {
		return 0, malformed(len(body) - 1)
	}
	if end == 0 {
		return 0, malformed(i + 2)
	}
	name := body[i+3 : i+3+end]
	r, ok := LookupRuneName(name)
	if !ok {
		return 0, &EscapeError{Msg: fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: unknown Unicode character name", escapePos(body, i), escapePos(body, i+3+end)), Pos: i}
	}
	writeRune(b, r)
	return 3 + end + 1, nil
}

// escapePos is the position CPython's unicode-escape decoder reports for
// byte off of a literal's body: it decodes a copy in which every non-ASCII
// character is spelled as a ten-character \UXXXXXXXX escape.
func escapePos(body string, off int) int {
	pos := 0
	for i, r := range body {
		if i >= off {
			return pos + (off - i)
		}
		if r < utf8.RuneSelf {
			pos++
		} else {
			pos += 10
		}
	}
	return pos + off - len(body)
}
