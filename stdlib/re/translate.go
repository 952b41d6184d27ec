package re

import (
	"strings"
)

// Python's flag bits.
const (
	flagI = 2
	flagL = 4
	flagM = 8
	flagS = 16
	flagU = 32
	flagX = 64
	flagA = 256
)

// unsupported is the message for what RE2 cannot run.
func unsupported(what string) string {
	return what + " are not supported (asl's re runs on RE2)"
}

// unicodeClass is RE2 for Python's \w \W \d \D \s \S on str patterns
// (the negated ones only outside brackets).
func unicodeClass(c byte, inClass bool) string {
	pos := map[byte]string{'w': `\p{L}\p{N}_`, 'd': `\p{Nd}`, 's': `\s\v\x{1c}-\x{1f}\x{85}\p{Z}`}
	switch c {
	case 'w', 'd', 's':
		if inClass {
			return pos[c]
		}
		return "[" + pos[c] + "]"
	}
	lower := c + ('a' - 'A')
	if inClass {
		// a negated class inside brackets: RE2 has no way to subtract
		return `\` + string(c)
	}
	return "[^" + pos[lower] + "]"
}

// translated is a Python pattern rewritten for RE2.
type translated struct {
	re    string // the RE2 pattern
	flags int64  // the flags with the inline ones added
	// dollar is set when a final `$` was rewritten as `(\n?)\z`, a hidden
	// last group that lets `$` match before a trailing newline.
	dollar bool
}

// translate rewrites a Python pattern for RE2, or reports what RE2
// cannot do.
func translate(p string, flags int64) (translated, string) {
	p, flags = leadingFlags(p, flags)
	if flags&flagX != 0 {
		p = stripVerbose(p)
	}
	out := translated{flags: flags}
	for _, bad := range []struct{ seq, what string }{
		{"(?P=", "backreferences"}, {"(?=", "lookahead assertions"}, {"(?!", "lookahead assertions"},
		{"(?<=", "lookbehind assertions"}, {"(?<!", "lookbehind assertions"}, {"(?>", "atomic groups"},
		{"(?(", "conditional groups"},
	} {
		if strings.Contains(p, bad.seq) {
			return out, unsupported(bad.what)
		}
	}
	var b strings.Builder
	inClass := false
	depth, alt := 0, false
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c == '\\' && i+1 < len(p) {
			i++
			if msg := escape(&b, p, &i, flags, inClass); msg != "" {
				return out, msg
			}
			continue
		}
		if inClass {
			if c == ']' {
				inClass = false
			}
			b.WriteByte(c)
			continue
		}
		switch c {
		case '[':
			inClass = true
			b.WriteByte(c)
			// a ']' first in the class is a literal
			if i+1 < len(p) && p[i+1] == '^' {
				b.WriteByte('^')
				i++
			}
			if i+1 < len(p) && p[i+1] == ']' {
				b.WriteString(`\]`)
				i++
			}
			continue
		case '(':
			if strings.HasPrefix(p[i:], "(?#") {
				end := strings.IndexByte(p[i:], ')')
				if end < 0 {
					return out, "missing ), unterminated comment"
				}
				i += end
				continue
			}
			depth++
		case ')':
			depth--
		case '|':
			if depth == 0 {
				alt = true
			}
		case '{':
			// Python's {,n} is {0,n}
			if j := strings.IndexByte(p[i:], '}'); j > 1 && p[i+1] == ',' && isDigits(p[i+2:i+j]) {
				b.WriteString("{0")
				continue
			}
		case '$':
			if flags&flagM == 0 && i == len(p)-1 && depth == 0 && !alt {
				b.WriteString(`(\n?)\z`)
				out.dollar = true
				continue
			}
		}
		b.WriteByte(c)
	}
	prefix := ""
	if flags&flagI != 0 {
		prefix += "i"
	}
	if flags&flagM != 0 {
		prefix += "m"
	}
	if flags&flagS != 0 {
		prefix += "s"
	}
	out.re = b.String()
	if prefix != "" {
		out.re = "(?" + prefix + ")" + out.re
	}
	return out, ""
}

// escape writes the RE2 form of the escape whose letter is p[*i], moving
// *i past what it reads, or returns why it cannot.
func escape(b *strings.Builder, p string, i *int, flags int64, inClass bool) string {
	c := p[*i]
	switch {
	case c == 'Z':
		b.WriteString(`\z`)
	case c >= '1' && c <= '9' && !inClass:
		return unsupported("backreferences")
	case (c == 'u' || c == 'U') && *i+1 < len(p):
		n := 4
		if c == 'U' {
			n = 8
		}
		hex := p[*i+1 : min(len(p), *i+1+n)]
		if len(hex) != n || !isHex(hex) {
			return "incomplete escape \\" + string(c) + hex
		}
		b.WriteString(`\x{` + hex + `}`)
		*i += n
	case flags&flagA == 0 && strings.IndexByte("wWdDsS", c) >= 0:
		// Python's classes are Unicode-aware for str patterns.
		b.WriteString(unicodeClass(c, inClass))
	default:
		b.WriteByte('\\')
		b.WriteByte(c)
	}
	return ""
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if !strings.ContainsRune("0123456789abcdefABCDEF", rune(s[i])) {
			return false
		}
	}
	return true
}

// leadingFlags moves the global inline flags at the start of a pattern,
// such as (?i) or (?ax), into the flag bits.
func leadingFlags(p string, flags int64) (string, int64) {
	bits := map[byte]int64{'a': flagA, 'i': flagI, 'L': flagL, 'm': flagM, 's': flagS, 'u': flagU, 'x': flagX}
	for strings.HasPrefix(p, "(?") {
		j := 2
		var f int64
		for j < len(p) && bits[p[j]] != 0 {
			f |= bits[p[j]]
			j++
		}
		if j == 2 || j >= len(p) || p[j] != ')' {
			break
		}
		flags |= f
		p = p[j+1:]
	}
	return p, flags
}

// stripVerbose drops the whitespace and comments of a verbose pattern
// outside character classes and escapes.
func stripVerbose(p string) string {
	var b strings.Builder
	inClass := false
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '\\' && i+1 < len(p):
			b.WriteByte(c)
			b.WriteByte(p[i+1])
			i++
		case inClass:
			if c == ']' {
				inClass = false
			}
			b.WriteByte(c)
		case c == '[':
			inClass = true
			b.WriteByte(c)
			if i+1 < len(p) && p[i+1] == '^' {
				b.WriteByte('^')
				i++
			}
			if i+1 < len(p) && p[i+1] == ']' {
				b.WriteByte(']')
				i++
			}
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
		case c == '#':
			for i < len(p) && p[i] != '\n' {
				i++
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
