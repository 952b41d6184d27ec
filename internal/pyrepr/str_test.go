package pyrepr

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The expected values below were produced by CPython 3.11's repr().
// Inputs holding surrogates are written in WTF-8; inputs holding other
// invalid UTF-8 are compared with repr(b.decode("utf-8", "surrogateescape")).

func TestStr(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"", `''`},
		{"a", `'a'`},
		{"'", `"'"`},
		{"\"", `'"'`},
		{"'\"", `'\'"'`},
		{"it's", `"it's"`},
		{"say \"hi\"", `'say "hi"'`},
		{"both ' and \"", `'both \' and "'`},
		{"\\", `'\\'`},
		{"a\\b", `'a\\b'`},
		{"\n\r\t", `'\n\r\t'`},
		{"\x00\x01\x1f\x7f", `'\x00\x01\x1f\x7f'`},
		{"\x1b[0m", `'\x1b[0m'`},
		{"\x0b\x0c", `'\x0b\x0c'`},
		{"\u0080\u009f\u00a0\u00a9\u00ad\u00ff", "'\\x80\\x9f\\xa0\u00a9\\xad\u00ff'"},
		{"caf\u00e9", "'caf\u00e9'"},
		{"\u00fc", "'\u00fc'"},
		{"\u65e5\u672c\u8a9e", "'\u65e5\u672c\u8a9e'"},
		{"\u2028\u2029", `'\u2028\u2029'`},
		{"\u200b\u200e\ufeff", `'\u200b\u200e\ufeff'`},
		{"\ue000", `'\ue000'`},
		{"\uffff", `'\uffff'`},
		{"\ufffd", "'\ufffd'"},
		{"\ufffe", `'\ufffe'`},
		{"\U0001f600", "'\U0001f600'"},
		{"\U0001f6dc", `'\U0001f6dc'`},
		{"\U000e0001", `'\U000e0001'`},
		{"\U0010ffff", `'\U0010ffff'`},
		{"\U000f0000", `'\U000f0000'`},
		{"\u0301", "'\u0301'"},
		{"a\u0301", "'a\u0301'"},
		{"\u00a0", `'\xa0'`},
		{"\u3000", `'\u3000'`},
		{"\u1680", `'\u1680'`},
		{"\u0378", `'\u0378'`},
		{"\U00031350", `'\U00031350'`},
		{"\u0cf3", `'\u0cf3'`},
		{"\U0001e4d0", `'\U0001e4d0'`},
		{"tab\there", `'tab\there'`},
		{"\xed\xa0\x80", `'\ud800'`},
		{"\xed\xbf\xbf", `'\udfff'`},
		{"\xed\xa0\xbd\xed\xb8\x80", `'\ud83d\ude00'`},
		{"\u0100\u07ff\u0800", "'\u0100\u07ff\u0800'"},
		{"x'y\"z", `'x\'y"z'`},
		{"''", `"''"`},
		{"mixed \u00e9\x00\U0001f600\u200b'", "\"mixed \u00e9\\x00\U0001f600\\u200b'\""},
		{"\u0600", `'\u0600'`},
		{"\u061c", `'\u061c'`},
		{"\u00ad", `'\xad'`},
		{"\u0085", `'\x85'`},
		{"\U0001d400", "'\U0001d400'"},
		{"\u0e3f\u20ac", "'\u0e3f\u20ac'"},
		{"\U00020000", "'\U00020000'"},
		{"\U0002b739", `'\U0002b739'`},
		{"\U0002b738", "'\U0002b738'"},
		{"\ufdd0", `'\ufdd0'`},
		{"\U000e0100", "'\U000e0100'"},
		{"\x80", `'\udc80'`},
		{"a\xffb", `'a\udcffb'`},
		{"\xc3", `'\udcc3'`},
		{"\xed\xa0", `'\udced\udca0'`},
		{"\xc3(", `'\udcc3('`},
		{"\xf0\x9f\x98", `'\udcf0\udc9f\udc98'`},
	}
	for _, tt := range tests {
		if got := Str(tt.in); got != tt.want {
			t.Errorf("Str(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// allCodePointsSHA256 is the SHA-256 of the concatenation, over every code
// point i from 0 to 0x10FFFF, of repr(chr(i)) as printed by CPython 3.11.
const allCodePointsSHA256 = "b6fb494bfb07272225448a7ff999339424cff242a824a0e7ee52c7f1a3745706"

func TestStrAllCodePoints(t *testing.T) {
	if unicode.Version != goUnicodeVersion {
		t.Fatalf("unicode.Version is %s, newerThanUnicode14 was derived for %s: regenerate it", unicode.Version, goUnicodeVersion)
	}
	h := sha256.New()
	var buf []byte
	for r := rune(0); r <= unicode.MaxRune; r++ {
		buf = buf[:0]
		if r >= 0xd800 && r <= 0xdfff {
			buf = append(buf, 0xed, byte(0x80|(r>>6)&0x3f), byte(0x80|r&0x3f))
		} else {
			buf = utf8.AppendRune(buf, r)
		}
		h.Write([]byte(Str(string(buf))))
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != allCodePointsSHA256 {
		t.Errorf("hash of the repr of every code point = %s, want %s", got, allCodePointsSHA256)
	}
}
