// Package re is asl's re module: Python's API (re.asl) over Go's RE2
// engine (the _re module). Patterns RE2 cannot run (backreferences,
// lookarounds) raise re.error.
package re

import (
	_ "embed"
	"regexp"
	"regexp/syntax"
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
	// dollar: the last group is a hidden one made for a final `$`
	dollar bool
}

var (
	mu       sync.Mutex
	patterns []compiled
)

// closeOrder ranks each capturing group by when its closing parenthesis
// is passed in a match (a post-order walk), which decides lastindex.
func closeOrder(re *regexp.Regexp, p string) vm.Value {
	out := make([]vm.Value, re.NumSubexp()+1)
	for i := range out {
		out[i] = vm.Int(int64(i))
	}
	tree, err := syntax.Parse(p, syntax.Perl)
	if err != nil {
		return vm.NewTuple(out)
	}
	rank := int64(0)
	var walk func(n *syntax.Regexp)
	walk = func(n *syntax.Regexp) {
		for _, s := range n.Sub {
			walk(s)
		}
		if n.Op == syntax.OpCapture && n.Cap < len(out) {
			rank++
			out[n.Cap] = vm.Int(rank)
		}
	}
	walk(tree)
	return vm.NewTuple(out)
}

// compile(pattern, flags) returns a handle, the number of groups, the
// group names, the flags with the inline ones added and the groups' close
// order, or a str error message.
func compile(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 2 || a[0].Kind() != vm.KStr {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "first argument must be string or compiled pattern")
	}
	flags := int64(0)
	if vm.IsInt(a[1]) {
		f, _ := vm.IntArg(a[1])
		flags = f.Int64()
	}
	tr, bad := translate(a[0].S(), flags)
	if bad != "" {
		return vm.NewStr(bad), nil
	}
	p := tr.re
	c := compiled{dollar: tr.dollar}
	var err error
	if c.search, err = regexp.Compile(p); err != nil {
		msg := strings.TrimPrefix(err.Error(), "error parsing regexp: ")
		if strings.HasPrefix(msg, "invalid nested repetition operator: `") && strings.HasSuffix(msg, "+`") {
			msg = unsupported("possessive quantifiers")
		}
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
	groups := c.search.NumSubexp()
	if c.dollar {
		groups--
	}
	return vm.NewTuple([]vm.Value{vm.Int(int64(h)), vm.Int(int64(groups)), names,
		vm.Int(tr.flags), closeOrder(c.search, p)}), nil
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
// With a hidden `$` group, the match ends where that group starts.
func spans(c compiled, idx []int, conv func(int) int) vm.Value {
	if c.dollar {
		hidden := idx[len(idx)-2]
		idx = append([]int(nil), idx[:len(idx)-2]...)
		if hidden >= 0 {
			idx[1] = hidden
		}
	}
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
	if c.dollar && re == c.full && idx[len(idx)-1] > idx[len(idx)-2] {
		// fullmatch must end at the end, not before a newline
		return vm.None, nil
	}
	return spans(c, idx, conv), nil
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
		out = append(out, spans(c, idx, conv))
		if idx[1] > idx[0] {
			// Go skips an empty match abutting this one; Python keeps it.
			if e := c.match.FindStringSubmatchIndex(s[idx[1]:]); e != nil && e[1] == 0 {
				for i := range e {
					if e[i] >= 0 {
						e[i] += idx[1]
					}
				}
				out = append(out, spans(c, e, conv))
			}
		}
	}
	return vm.NewList(out), nil
}
