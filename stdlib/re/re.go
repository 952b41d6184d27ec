// Package re is asl's re module: Python's API (re.asl) over Go's RE2
// engine (the _re module). Patterns RE2 cannot run (backreferences,
// lookarounds) raise re.error.
package re

import (
	_ "embed"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/asl-lang/asl/vm"
)

//go:embed re.asl
var src string

func init() {
	vm.RegisterSourceModule("re", src)
	vm.RegisterModule("_re", func(t *vm.Thread) vm.Value {
		d := vm.NewDict().Dict()
		d.SetStr("compile", vm.NewBuiltin("compile", compile))
		d.SetStr("find", vm.NewBuiltin("find", find))
		d.SetStr("findall", vm.NewBuiltin("findall", findall))
		return vm.NewModule("_re", d)
	})
}

// compiled is a pattern in its three forms: searching, matching at the
// start, matching the whole string.
type compiled struct {
	search, match, full *regexp.Regexp
}

var (
	mu       sync.Mutex
	patterns []compiled
)

// Python's flag bits.
const (
	flagI = 2
	flagM = 8
	flagS = 16
	flagX = 64
	flagA = 256
)

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

// translate rewrites a Python pattern for RE2, or reports what RE2
// cannot do.
func translate(p string, flags int64) (string, string) {
	if flags&flagX != 0 {
		p = stripVerbose(p)
	}
	for _, bad := range []struct{ seq, what string }{
		{"(?P=", "backreferences"}, {"(?=", "lookahead assertions"}, {"(?!", "lookahead assertions"},
		{"(?<=", "lookbehind assertions"}, {"(?<!", "lookbehind assertions"},
	} {
		if strings.Contains(p, bad.seq) {
			return "", bad.what + " are not supported (asl's re runs on RE2)"
		}
	}
	var b strings.Builder
	inClass := false
	for i := 0; i < len(p); i++ {
		switch {
		case p[i] == '[' && !inClass:
			inClass = true
		case p[i] == ']' && inClass:
			inClass = false
		}
		if p[i] == '\\' && i+1 < len(p) {
			switch c := p[i+1]; {
			case c == 'Z':
				b.WriteString(`\z`)
			case c >= '1' && c <= '9':
				return "", "backreferences are not supported (asl's re runs on RE2)"
			case flags&flagA == 0 && strings.IndexByte("wWdDsS", c) >= 0:
				// Python's classes are Unicode-aware for str patterns.
				b.WriteString(unicodeClass(c, inClass))
			default:
				b.WriteByte('\\')
				b.WriteByte(c)
			}
			i++
			continue
		}
		b.WriteByte(p[i])
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
	if prefix != "" {
		return "(?" + prefix + ")" + b.String(), ""
	}
	return b.String(), ""
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

// compile(pattern, flags) returns a handle and the group names, or a
// str error message.
func compile(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 2 || a[0].Kind() != vm.KStr {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "first argument must be string or compiled pattern")
	}
	flags := int64(0)
	if vm.IsInt(a[1]) {
		f, _ := vm.IntArg(a[1])
		flags = f.Int64()
	}
	p, bad := translate(a[0].S(), flags)
	if bad != "" {
		return vm.NewStr(bad), nil
	}
	var c compiled
	var err error
	if c.search, err = regexp.Compile(p); err != nil {
		msg := strings.TrimPrefix(err.Error(), "error parsing regexp: ")
		return vm.NewStr(msg), nil
	}
	c.match = regexp.MustCompile(`\A(?:` + p + `)`)
	c.full = regexp.MustCompile(`\A(?:` + p + `)\z`)
	mu.Lock()
	patterns = append(patterns, c)
	h := len(patterns) - 1
	mu.Unlock()
	names := vm.NewDict()
	for i, n := range c.search.SubexpNames() {
		if n != "" {
			names.Dict().SetStr(n, vm.Int(int64(i)))
		}
	}
	return vm.NewTuple([]vm.Value{vm.Int(int64(h)), vm.Int(int64(c.search.NumSubexp())), names}), nil
}

// args reads (handle, string, pos, endpos) and returns the pattern, the
// text between pos and endpos, and a converter from byte offsets in it
// to code point indices in the whole string.
func args(a []vm.Value) (compiled, string, func(int) int, error) {
	if len(a) < 4 || a[1].Kind() != vm.KStr {
		return compiled{}, "", nil, vm.Errorf(vm.TypeErrorType, "expected string or bytes-like object")
	}
	h, _ := vm.IntArg(a[0])
	mu.Lock()
	c := patterns[h.Int64()]
	mu.Unlock()
	s := a[1].S()
	pos, _ := vm.IntArg(a[2])
	end, _ := vm.IntArg(a[3])
	n := utf8.RuneCountInString(s)
	p, e := clamp(pos.Int64(), n), clamp(end.Int64(), n)
	if e < p {
		e = p
	}
	ascii := n == len(s)
	if ascii {
		return c, s[p:e], func(off int) int { return off + p }, nil
	}
	// byte offsets of each code point, for slicing and converting back
	starts := make([]int, 0, n+1)
	for i := range s {
		starts = append(starts, i)
	}
	starts = append(starts, len(s))
	sub := s[starts[p]:starts[e]]
	base := starts[p]
	return c, sub, func(off int) int {
		// binary search the code point whose start is base+off
		lo, hi := p, e
		for lo < hi {
			mid := (lo + hi) / 2
			if starts[mid] < base+off {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		return lo
	}, nil
}

func clamp(x int64, n int) int {
	if x < 0 {
		return 0
	}
	if x > int64(n) {
		return n
	}
	return int(x)
}

// spans converts a submatch index list to a tuple of code point spans.
func spans(idx []int, conv func(int) int) vm.Value {
	out := make([]vm.Value, len(idx))
	for i, x := range idx {
		if x < 0 {
			out[i] = vm.Int(-1)
		} else {
			out[i] = vm.Int(int64(conv(x)))
		}
	}
	return vm.NewTuple(out)
}

// find(handle, string, pos, endpos, mode) is the spans of the first match
// (mode 0 search, 1 match, 2 fullmatch), or None.
func find(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	c, s, conv, err := args(a)
	if err != nil {
		return vm.Value{}, err
	}
	re := c.search
	if len(a) > 4 {
		switch a[4].I() {
		case 1:
			re = c.match
		case 2:
			re = c.full
		}
	}
	idx := re.FindStringSubmatchIndex(s)
	if idx == nil {
		return vm.None, nil
	}
	return spans(idx, conv), nil
}

// findall(handle, string, pos, endpos) is the spans of every match, with
// Python 3.7's rule: an empty match right after a non-empty one counts.
func findall(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	c, s, conv, err := args(a)
	if err != nil {
		return vm.Value{}, err
	}
	var out []vm.Value
	for _, idx := range c.search.FindAllStringSubmatchIndex(s, -1) {
		out = append(out, spans(idx, conv))
		if idx[1] > idx[0] {
			// Go skips an empty match abutting this one; Python keeps it.
			if e := c.match.FindStringSubmatchIndex(s[idx[1]:]); e != nil && e[1] == 0 {
				for i := range e {
					if e[i] >= 0 {
						e[i] += idx[1]
					}
				}
				out = append(out, spans(e, conv))
			}
		}
	}
	return vm.NewList(out), nil
}
