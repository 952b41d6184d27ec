package pyrepr

import (
	"strings"
	"unicode/utf8"
)

const hexDigits = "0123456789abcdef"

// Str returns the repr of a Python str whose contents are s.
//
// s is expected to be UTF-8. Lone surrogates (U+D800 to U+DFFF), which
// Python strings may hold but UTF-8 cannot, are recognised in their
// generalised UTF-8 ("WTF-8") three-byte form. Any other byte that is not
// part of valid UTF-8 is shown as \udcXX, as if the input had been decoded
// with Python's "surrogateescape" error handler.
func Str(s string) string {
	quote := chooseQuote(s)
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		r, size := decodeRune(s[i:])
		i += size
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteByte(byte(r))
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			writeHex(&b, 'x', uint32(r), 2)
		case r < 0x7f:
			b.WriteByte(byte(r))
		case isPrintable(r):
			b.WriteRune(r)
		case r < 0x100:
			writeHex(&b, 'x', uint32(r), 2)
		case r < 0x10000:
			writeHex(&b, 'u', uint32(r), 4)
		default:
			writeHex(&b, 'U', uint32(r), 8)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// chooseQuote returns the quote character CPython's repr uses for a str or
// bytes value: a double quote only if the contents hold a single quote and
// no double quote.
func chooseQuote(s string) byte {
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		return '"'
	}
	return '\''
}

// decodeRune decodes the first code point of s, which must not be empty.
// Surrogates in WTF-8 form are decoded as such; any other invalid byte b
// is returned as the surrogate U+DC00+b with size 1.
func decodeRune(s string) (rune, int) {
	r, size := utf8.DecodeRuneInString(s)
	if r != utf8.RuneError || size != 1 {
		return r, size
	}
	if len(s) >= 3 && s[0] == 0xed && s[1] >= 0xa0 && s[1] <= 0xbf && s[2] >= 0x80 && s[2] <= 0xbf {
		return 0xd000 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f), 3
	}
	return 0xdc00 | rune(s[0]), 1
}

// writeHex writes the escape \<kind> followed by v as width lower-case
// hexadecimal digits.
func writeHex(b *strings.Builder, kind byte, v uint32, width int) {
	b.WriteByte('\\')
	b.WriteByte(kind)
	for shift := 4 * (width - 1); shift >= 0; shift -= 4 {
		b.WriteByte(hexDigits[(v>>uint(shift))&0xf])
	}
}
