package lexer

import (
	"strings"
	"sync"

	"golang.org/x/text/unicode/runenames"
)

var (
	runeNamesOnce sync.Once
	runeNames     map[string]rune
)

// LookupRuneName finds the code point with the given Unicode name, as the
// \N{...} escape does (case-insensitive).
func LookupRuneName(name string) (rune, bool) {
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
	r, ok := runeNames[strings.ToUpper(name)]
	return r, ok
}
