package lexer

import (
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/unicode/runenames"
)

var (
	runeNamesOnce sync.Once
	runeNames     map[string]rune
)

// nameAliases are the Unicode name aliases (NameAliases.txt) that \N{...}
// accepts for the characters people name most: controls and format
// characters, whose own Unicode name is empty.
var nameAliases = map[string]rune{
	"NULL": 0x00, "NUL": 0x00, "BELL": 0x07, "BEL": 0x07, "ALERT": 0x07, "BACKSPACE": 0x08, "BS": 0x08,
	"CHARACTER TABULATION": 0x09, "HORIZONTAL TABULATION": 0x09, "TAB": 0x09, "HT": 0x09,
	"LINE FEED": 0x0A, "NEW LINE": 0x0A, "END OF LINE": 0x0A, "LF": 0x0A, "NL": 0x0A, "EOL": 0x0A,
	"LINE TABULATION": 0x0B, "VERTICAL TABULATION": 0x0B, "VT": 0x0B,
	"FORM FEED": 0x0C, "FF": 0x0C, "CARRIAGE RETURN": 0x0D, "CR": 0x0D,
	"ESCAPE": 0x1B, "ESC": 0x1B, "DELETE": 0x7F, "DEL": 0x7F,
	"NO-BREAK SPACE": 0xA0, "NBSP": 0xA0, "ZERO WIDTH SPACE": 0x200B, "ZWSP": 0x200B,
	"ZERO WIDTH NON-JOINER": 0x200C, "ZWNJ": 0x200C, "ZERO WIDTH JOINER": 0x200D, "ZWJ": 0x200D,
	"BYTE ORDER MARK": 0xFEFF, "BOM": 0xFEFF, "ZWNBSP": 0xFEFF,
}

// Hangul syllable composition (Unicode chapter 3.12).
var (
	hangulL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	hangulV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	hangulT = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

// LookupRuneName finds the code point with the given Unicode name, as the
// \N{...} escape does (case-insensitive, aliases and the algorithmic names
// of CJK ideographs and Hangul syllables included).
func LookupRuneName(name string) (rune, bool) {
	name = strings.ToUpper(name)
	if r, ok := nameAliases[name]; ok {
		return r, true
	}
	if hex, ok := strings.CutPrefix(name, "CJK UNIFIED IDEOGRAPH-"); ok {
		v, err := strconv.ParseUint(hex, 16, 32)
		if err == nil && (len(hex) == 4 || len(hex) == 5) && runenames.Name(rune(v)) != "" {
			return rune(v), true
		}
		return 0, false
	}
	if syl, ok := strings.CutPrefix(name, "HANGUL SYLLABLE "); ok {
		return hangulSyllable(syl)
	}
	runeNamesOnce.Do(func() {
		runeNames = make(map[string]rune, 40000)
		for r := rune(0x20); r <= 0x10FFFF; r++ {
			if r >= 0x3400 && r <= 0x9FFF || r >= 0xAC00 && r <= 0xD7A3 || r >= 0xE000 && r <= 0xF8FF || r >= 0x20000 && r <= 0x3FFFF || r >= 0xF0000 {
				continue // algorithmically named or private ranges
			}
			if n := runenames.Name(r); n != "" && n[0] != '<' {
				runeNames[n] = r
			}
		}
	})
	r, ok := runeNames[name]
	return r, ok
}

// hangulSyllable composes a syllable from its jamo short names.
func hangulSyllable(s string) (rune, bool) {
	for l, lj := range hangulL {
		if !strings.HasPrefix(s, lj) {
			continue
		}
		for v, vj := range hangulV {
			if !strings.HasPrefix(s[len(lj):], vj) {
				continue
			}
			for t, tj := range hangulT {
				if s[len(lj)+len(vj):] == tj {
					return rune(0xAC00 + (l*21+v)*28 + t), true
				}
			}
		}
	}
	return 0, false
}
