package vm

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func strArg(args []Value, i int, method string) (string, error) {
	if i >= len(args) {
		return "", Errorf(TypeErrorType, "%s() takes at least %d argument%s (%d given)", method, i, plural(i), len(args)-1)
	}
	v := asStr(args[i])
	if v.kind != KStr {
		return "", Errorf(TypeErrorType, "must be str, not %s", typeName(args[i]))
	}
	return v.S(), nil
}

// stripChars returns the chars argument of strip and friends.
func stripChars(args []Value, name string) (string, bool, error) {
	if len(args) < 2 || args[1].kind == KNone {
		return "", false, nil
	}
	v := asStr(args[1])
	if v.kind != KStr {
		return "", false, Errorf(TypeErrorType, "%s arg must be None or str", name)
	}
	return v.S(), true, nil
}

func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\x1c' || r == '\x1d' || r == '\x1e' || r == '\x1f'
}

var strMethods = map[string]methodFunc{
	"upper":    func(t *Thread, a []Value, kw *Kwargs) (Value, error) { return strUpperLower(a[0], true), nil },
	"lower":    func(t *Thread, a []Value, kw *Kwargs) (Value, error) { return strUpperLower(a[0], false), nil },
	"casefold": func(t *Thread, a []Value, kw *Kwargs) (Value, error) { return NewStr(pyCasefold(a[0].S())), nil },
	"istitle":  func(t *Thread, a []Value, kw *Kwargs) (Value, error) { return Bool(pyIsTitle(a[0].S())), nil },
	"isascii": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		return Bool(a[0].str().IsASCII()), nil
	},
	"isprintable": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		for _, r := range a[0].S() {
			if !isPyPrintable(r) {
				return False, nil
			}
		}
		return True, nil
	},
	"translate": strTranslate,
	"format_map": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		s, err := t.strFormatMap(a[0].S(), a[1])
		return NewStr(s), err
	},
	"strip": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		chars, ok, err := stripChars(a, "strip")
		if !ok {
			if err != nil {
				return Value{}, err
			}
			return strTrimSpace(a[0], true, true), nil
		}
		return NewStr(strings.Trim(a[0].S(), chars)), nil
	},
	"lstrip": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		chars, ok, err := stripChars(a, "lstrip")
		if !ok {
			if err != nil {
				return Value{}, err
			}
			return strTrimSpace(a[0], true, false), nil
		}
		return NewStr(strings.TrimLeft(a[0].S(), chars)), nil
	},
	"rstrip": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		chars, ok, err := stripChars(a, "rstrip")
		if !ok {
			if err != nil {
				return Value{}, err
			}
			return strTrimSpace(a[0], false, true), nil
		}
		return NewStr(strings.TrimRight(a[0].S(), chars)), nil
	},
	"split":  func(t *Thread, a []Value, kw *Kwargs) (Value, error) { return strSplit(t, a, kw, false) },
	"rsplit": func(t *Thread, a []Value, kw *Kwargs) (Value, error) { return strSplit(t, a, kw, true) },
	"join": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		if len(a) != 2 {
			return Value{}, Errorf(TypeErrorType, "str.join() takes exactly one argument (%d given)", len(a)-1)
		}
		if v, ok := joinSeq(a[0].str(), a[1]); ok {
			return v, nil
		}
		var parts []string
		i := 0
		err := t.iterate(a[1], func(x Value) error {
			x = asStr(x)
			if x.kind != KStr {
				return Errorf(TypeErrorType, "sequence item %d: expected str instance, %s found", i, typeName(x))
			}
			parts = append(parts, x.S())
			i++
			return nil
		})
		return NewStr(strings.Join(parts, a[0].S())), err
	},
	"replace": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		old, err := strArg(a, 1, "replace")
		if err != nil {
			return Value{}, err
		}
		nw, err := strArg(a, 2, "replace")
		if err != nil {
			return Value{}, err
		}
		n := int64(-1)
		if len(a) > 3 {
			if n, err = t.intArg(a[3]); err != nil {
				return Value{}, err
			}
		}
		r := strings.Replace(a[0].S(), old, nw, int(n))
		if isASCII(nw) {
			return strResult(a[0], r), nil
		}
		return NewStr(r), nil
	},
	"startswith": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		return strAffix(t, a, strings.HasPrefix, "startswith")
	},
	"endswith": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		return strAffix(t, a, strings.HasSuffix, "endswith")
	},
	"find":   func(t *Thread, a []Value, kw *Kwargs) (Value, error) { return strFind(t, a, false, false) },
	"rfind":  func(t *Thread, a []Value, kw *Kwargs) (Value, error) { return strFind(t, a, true, false) },
	"index":  func(t *Thread, a []Value, kw *Kwargs) (Value, error) { return strFind(t, a, false, true) },
	"rindex": func(t *Thread, a []Value, kw *Kwargs) (Value, error) { return strFind(t, a, true, true) },
	"count": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		sub, err := strArg(a, 1, "count")
		if err != nil {
			return Value{}, err
		}
		s, off, err := strRange(t, a, 2)
		if err != nil {
			return Value{}, err
		}
		_ = off
		return Int(int64(strings.Count(s, sub))), nil
	},
	"format": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		s, err := t.strFormat(a[0].S(), a[1:], kw)
		return NewStr(s), err
	},
	"encode": strEncode,
	"splitlines": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		keepends := False
		if len(a) > 1 {
			keepends = a[1]
		}
		if v, ok := kw.Get("keepends"); ok {
			keepends = v
		}
		keep, err := t.truth(keepends)
		if err != nil {
			return Value{}, err
		}
		src := a[0].str()
		return NewList(newStrValues(splitLines(src.S, keep), src.IsASCII())), nil
	},
	"partition":  func(t *Thread, a []Value, kw *Kwargs) (Value, error) { return strPartition(a, false) },
	"rpartition": func(t *Thread, a []Value, kw *Kwargs) (Value, error) { return strPartition(a, true) },
	"zfill": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		s := a[0].S()
		width, err := t.intArg(a[1])
		if err != nil {
			return Value{}, err
		}
		w := int(width)
		n := utf8.RuneCountInString(s)
		if n >= w {
			return NewStr(s), nil
		}
		sign := ""
		if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
			sign, s = s[:1], s[1:]
		}
		return NewStr(sign + strings.Repeat("0", w-n) + s), nil
	},
	"ljust":  func(t *Thread, a []Value, kw *Kwargs) (Value, error) { return strJust(t, a, '<') },
	"rjust":  func(t *Thread, a []Value, kw *Kwargs) (Value, error) { return strJust(t, a, '>') },
	"center": func(t *Thread, a []Value, kw *Kwargs) (Value, error) { return strJust(t, a, '^') },
	"title":  func(t *Thread, a []Value, kw *Kwargs) (Value, error) { return NewStr(pyTitle(a[0].S())), nil },
	"capitalize": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		s := a[0].S()
		if s == "" {
			return a[0], nil
		}
		r, size := utf8.DecodeRuneInString(s)
		return NewStr(pyTitle(string(r)) + pyLower(s[size:])), nil
	},
	"swapcase": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		return NewStr(strings.Map(func(r rune) rune {
			if unicode.IsUpper(r) {
				return unicode.ToLower(r)
			}
			return unicode.ToUpper(r)
		}, a[0].S())), nil
	},
	"isdigit":   strTest(isPyDigit),
	"isdecimal": strTest(isPyDecimal),
	"isnumeric": strTest(isPyNumeric),
	"isalpha":   strTest(unicode.IsLetter),
	"isalnum":   strTest(isPyAlnum),
	"isspace":   strTest(isPySpace),
	"isupper":   strCase(unicode.IsUpper, func(r rune) bool { return unicode.IsLower(r) || unicode.IsTitle(r) }),
	"islower":   strCase(unicode.IsLower, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsTitle(r) }),
	"isidentifier": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		s := a[0].S()
		for i, r := range s {
			if !(r == '_' || unicode.IsLetter(r) || i > 0 && (unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Pc))) {
				return False, nil
			}
		}
		return Bool(s != ""), nil
	},
	"removeprefix": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		p, err := strArg(a, 1, "removeprefix")
		return NewStr(strings.TrimPrefix(a[0].S(), p)), err
	},
	"removesuffix": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		p, err := strArg(a, 1, "removesuffix")
		return NewStr(strings.TrimSuffix(a[0].S(), p)), err
	},
	"expandtabs": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		size := 8
		if v, ok := kw.Get("tabsize"); ok {
			a = append(a[:1:1], v)
		}
		if len(a) > 1 {
			n, err := t.intArg(a[1])
			if err != nil {
				return Value{}, err
			}
			size = int(n)
		}
		var b strings.Builder
		col := 0
		for _, r := range a[0].S() {
			switch r {
			case '\t':
				if size > 0 {
					n := size - col%size
					b.WriteString(strings.Repeat(" ", n))
					col += n
				}
			case '\n', '\r':
				b.WriteRune(r)
				col = 0
			default:
				b.WriteRune(r)
				col++
			}
		}
		return NewStr(b.String()), nil
	},
}

func strTest(pred func(rune) bool) methodFunc {
	return func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		s := a[0].S()
		if s == "" {
			return False, nil
		}
		for _, r := range s {
			if !pred(r) {
				return False, nil
			}
		}
		return True, nil
	}
}

func strCase(is, not func(rune) bool) methodFunc {
	return func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		cased := false
		for _, r := range a[0].S() {
			if not(r) {
				return False, nil
			}
			if is(r) {
				cased = true
			}
		}
		return Bool(cased), nil
	}
}

func strSplit(t *Thread, a []Value, kw *Kwargs, right bool) (Value, error) {
	s := a[0].S()
	sep := None
	maxsplit := Int(-1)
	if len(a) > 1 {
		sep = a[1]
	}
	if len(a) > 2 {
		maxsplit = a[2]
	}
	if v, ok := kw.Get("sep"); ok {
		sep = v
	}
	if v, ok := kw.Get("maxsplit"); ok {
		maxsplit = v
	}
	return strSplitN(t, s, a[0].str().IsASCII(), sep, maxsplit, right)
}

// strSplitN is str.split(sep, maxsplit) once the arguments are known.
// ascii says s is all ASCII, which lets the pieces skip counting their
// code points.
func strSplitN(t *Thread, s string, ascii bool, sep, max Value, right bool) (Value, error) {
	maxsplit, err := t.intArg(max)
	if err != nil {
		return Value{}, err
	}
	var parts []string
	if sep.kind == KNone && ascii && maxsplit < 0 {
		parts = splitASCIISpace(s)
	} else if sep.kind == KNone {
		fields := strings.FieldsFunc(s, isPySpace)
		if maxsplit >= 0 && int64(len(fields)) > maxsplit+1 {
			// keep the unsplit remainder as in CPython
			parts = splitWhitespaceN(s, int(maxsplit), right)
		} else {
			parts = fields
		}
	} else {
		sep = asStr(sep)
		if sep.kind != KStr {
			return Value{}, Errorf(TypeErrorType, "must be str or None, not %s", typeName(sep))
		}
		if sep.S() == "" {
			return Value{}, Errorf(ValueErrorType, "empty separator")
		}
		if right && maxsplit >= 0 {
			parts = rsplitN(s, sep.S(), int(maxsplit))
		} else {
			n := -1
			if maxsplit >= 0 {
				n = int(maxsplit) + 1
			}
			parts = strings.SplitN(s, sep.S(), n)
		}
	}
	return NewList(newStrValues(parts, ascii)), nil
}

func rsplitN(s, sep string, n int) []string {
	var out []string
	for n > 0 {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		out = append([]string{s[i+len(sep):]}, out...)
		s = s[:i]
		n--
	}
	return append([]string{s}, out...)
}

func splitWhitespaceN(s string, n int, right bool) []string {
	var out []string
	if !right {
		rest := strings.TrimLeftFunc(s, isPySpace)
		for i := 0; i < n && rest != ""; i++ {
			j := strings.IndexFunc(rest, isPySpace)
			if j < 0 {
				break
			}
			out = append(out, rest[:j])
			rest = strings.TrimLeftFunc(rest[j:], isPySpace)
		}
		if rest != "" {
			out = append(out, rest)
		}
		return out
	}
	rest := strings.TrimRightFunc(s, isPySpace)
	for i := 0; i < n && rest != ""; i++ {
		j := strings.LastIndexFunc(rest, isPySpace)
		if j < 0 {
			break
		}
		_, size := utf8.DecodeRuneInString(rest[j:])
		out = append([]string{rest[j+size:]}, out...)
		rest = strings.TrimRightFunc(rest[:j], isPySpace)
	}
	if rest != "" {
		out = append([]string{rest}, out...)
	}
	return out
}

func splitLines(s string, keep bool) []string {
	out := make([]string, 0, 8)
	for len(s) > 0 {
		i := strings.IndexAny(s, "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")
		if i < 0 {
			out = append(out, s)
			break
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		end := i + size
		if s[i] == '\r' && end < len(s) && s[end] == '\n' {
			end++
		}
		if keep {
			out = append(out, s[:end])
		} else {
			out = append(out, s[:i])
		}
		s = s[end:]
	}
	return out
}

func strAffix(t *Thread, a []Value, test func(string, string) bool, name string) (Value, error) {
	if len(a) < 2 {
		return Value{}, Errorf(TypeErrorType, "%s() takes at least 1 argument (0 given)", name)
	}
	s, _, err := strRange(t, a, 2)
	if err != nil {
		return Value{}, err
	}
	if a[1].kind == KTuple {
		for _, p := range a[1].tuple().Items {
			if p = asStr(p); p.kind == KStr && test(s, p.S()) {
				return True, nil
			}
		}
		return False, nil
	}
	affix := asStr(a[1])
	if affix.kind != KStr {
		return Value{}, Errorf(TypeErrorType, "%s first arg must be str or a tuple of str, not %s", name, typeName(a[1]))
	}
	return Bool(test(s, affix.S())), nil
}

// strRange applies optional start/end arguments (from index i) to the
// receiver, returning the substring and its code-point offset.
func strRange(t *Thread, a []Value, i int) (string, int, error) {
	s := a[0].str()
	if len(a) <= i {
		return s.S, 0, nil
	}
	end := None
	if len(a) > i+1 {
		end = a[i+1]
	}
	sl := &SliceObj{Start: a[i], Stop: end, Step: None}
	start, stop, _, err := t.sliceIndices(sl, int64(s.Len()))
	if err != nil {
		return "", 0, err
	}
	if stop < start {
		return "", int(start), nil
	}
	runes := []rune(s.S)
	return string(runes[start:stop]), int(start), nil
}

func strFind(t *Thread, a []Value, right, raise bool) (Value, error) {
	sub, err := strArg(a, 1, "find")
	if err != nil {
		return Value{}, err
	}
	s, off, err := strRange(t, a, 2)
	if err != nil {
		return Value{}, err
	}
	var i int
	if right {
		i = strings.LastIndex(s, sub)
	} else {
		i = strings.Index(s, sub)
	}
	if i < 0 {
		if raise {
			return Value{}, Errorf(ValueErrorType, "substring not found")
		}
		return Int(-1), nil
	}
	return Int(int64(utf8.RuneCountInString(s[:i]) + off)), nil
}

func strPartition(a []Value, right bool) (Value, error) {
	s := a[0].S()
	sep, err := strArgOf(a[1])
	if err != nil {
		return Value{}, err
	}
	if sep == "" {
		return Value{}, Errorf(ValueErrorType, "empty separator")
	}
	var i int
	if right {
		i = strings.LastIndex(s, sep)
	} else {
		i = strings.Index(s, sep)
	}
	if i < 0 {
		if right {
			return NewTuple([]Value{NewStr(""), NewStr(""), NewStr(s)}), nil
		}
		return NewTuple([]Value{NewStr(s), NewStr(""), NewStr("")}), nil
	}
	return NewTuple([]Value{NewStr(s[:i]), NewStr(sep), NewStr(s[i+len(sep):])}), nil
}

func strJust(t *Thread, a []Value, align byte) (Value, error) {
	width, err := t.intArg(a[1])
	if err != nil {
		return Value{}, err
	}
	fill := ' '
	if len(a) > 2 {
		if a[2].kind != KStr || utf8.RuneCountInString(a[2].S()) != 1 {
			return Value{}, Errorf(TypeErrorType, "The fill character must be exactly one character long")
		}
		fill, _ = utf8.DecodeRuneInString(a[2].S())
	}
	s := a[0].S()
	n := utf8.RuneCountInString(s)
	w := int(width)
	if n >= w {
		return a[0], nil
	}
	gap := w - n
	f := string(fill)
	switch align {
	case '<':
		return NewStr(s + strings.Repeat(f, gap)), nil
	case '>':
		return NewStr(strings.Repeat(f, gap) + s), nil
	}
	left := gap/2 + (gap & w & 1)
	return NewStr(strings.Repeat(f, left) + s + strings.Repeat(f, gap-left)), nil
}
