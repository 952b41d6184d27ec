package vm

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Python's str methods follow Unicode's full case mappings and numeric
// types, which Go's unicode package only partly covers; these helpers add
// what the common cases need.

// specialUpper are the full upper-case mappings longer than one rune.
var specialUpper = map[rune]string{
	'ß': "SS", 'ŉ': "ʼN", 'ǰ': "J̌", 'ﬀ': "FF", 'ﬁ': "FI", 'ﬂ': "FL", 'ﬃ': "FFI",
	'ﬄ': "FFL", 'ﬅ': "ST", 'ﬆ': "ST", 'ΐ': "Ϊ́", 'ΰ': "Ϋ́", 'և': "ԵՒ",
}

// specialFold are the full case foldings that differ from lower-casing.
var specialFold = map[rune]string{
	'ß': "ss", 'ŉ': "ʼn", 'ſ': "s", 'ﬀ': "ff", 'ﬁ': "fi", 'ﬂ': "fl", 'ﬃ': "ffi",
	'ﬄ': "ffl", 'ﬅ': "st", 'ﬆ': "st", 'ς': "σ", 'ẞ': "ss",
}

// pyUpper is str.upper.
func pyUpper(s string) string {
	if isASCII(s) {
		return strings.ToUpper(s)
	}
	var b strings.Builder
	for _, r := range s {
		if u, ok := specialUpper[r]; ok {
			b.WriteString(u)
		} else {
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}

// pyLower is str.lower.
func pyLower(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == 'İ':
			b.WriteString("i̇")
		case r == 'Σ' && finalSigma(s, i):
			b.WriteRune('ς')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// finalSigma reports whether the capital sigma at byte i of s ends a word
// (Unicode's Final_Sigma condition): a cased letter before it and none
// after it, skipping case-ignorable code points both ways.
func finalSigma(s string, i int) bool {
	before := false
	for j := i; j > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		j -= n
		if !caseIgnorable(r) {
			before = isCased(r)
			break
		}
	}
	if !before {
		return false
	}
	for j := i + len("Σ"); j < len(s); {
		r, n := utf8.DecodeRuneInString(s[j:])
		j += n
		if !caseIgnorable(r) {
			return !isCased(r)
		}
	}
	return true
}

// caseIgnorable approximates Unicode's Case_Ignorable property.
func caseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '^', '`', '·', '‘', '’', '․', '‧':
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// pyCasefold is str.casefold.
func pyCasefold(s string) string {
	var b strings.Builder
	for _, r := range s {
		if f, ok := specialFold[r]; ok {
			b.WriteString(f)
		} else {
			b.WriteString(pyLower(string(r)))
		}
	}
	return b.String()
}

// isCased reports whether r has case.
func isCased(r rune) bool { return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) }

// digitRanges are the code points of Numeric_Type=Digit that are not
// decimal digits: superscripts, subscripts, circled digits.
var digitRanges = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 0xB2, Hi: 0xB3, Stride: 1}, {Lo: 0xB9, Hi: 0xB9, Stride: 1},
		{Lo: 0x1369, Hi: 0x1371, Stride: 1}, {Lo: 0x19DA, Hi: 0x19DA, Stride: 1},
		{Lo: 0x2070, Hi: 0x2070, Stride: 1}, {Lo: 0x2074, Hi: 0x2079, Stride: 1},
		{Lo: 0x2080, Hi: 0x2089, Stride: 1}, {Lo: 0x2460, Hi: 0x2468, Stride: 1},
		{Lo: 0x2474, Hi: 0x247C, Stride: 1}, {Lo: 0x2488, Hi: 0x2490, Stride: 1},
		{Lo: 0x24EA, Hi: 0x24EA, Stride: 1}, {Lo: 0x24F5, Hi: 0x24FD, Stride: 1},
		{Lo: 0x24FF, Hi: 0x24FF, Stride: 1}, {Lo: 0x2776, Hi: 0x277E, Stride: 1},
		{Lo: 0x2780, Hi: 0x2788, Stride: 1}, {Lo: 0x278A, Hi: 0x2792, Stride: 1},
	},
}

func isPyDecimal(r rune) bool { return unicode.Is(unicode.Nd, r) }
func isPyDigit(r rune) bool   { return isPyDecimal(r) || unicode.Is(digitRanges, r) }

// isPyNumeric is str.isnumeric's test: any numeric type, which includes
// the CJK numerals.
func isPyNumeric(r rune) bool {
	return unicode.IsNumber(r) || strings.ContainsRune("〇一二三四五六七八九十百千万億兆零壹贰叁肆伍陆柒捌玖拾佰仟", r)
}

func isPyAlnum(r rune) bool { return unicode.IsLetter(r) || isPyNumeric(r) }

// isPyPrintable is str.isprintable's test.
func isPyPrintable(r rune) bool {
	if r == ' ' {
		return true
	}
	return unicode.IsPrint(r) && !unicode.In(r, unicode.Zs, unicode.Zl, unicode.Zp, unicode.Cf, unicode.Co, unicode.Cs)
}

// pyTitle is str.title: a cased letter after an uncased character starts
// a word.
func pyTitle(s string) string {
	var b strings.Builder
	prev := false
	for _, r := range s {
		if prev {
			b.WriteString(pyLower(string(r)))
		} else if u, ok := specialUpper[r]; ok {
			b.WriteString(u[:len(string([]rune(u)[0]))] + pyLower(u[len(string([]rune(u)[0])):]))
		} else {
			b.WriteRune(unicode.ToTitle(r))
		}
		prev = isCased(r)
	}
	return b.String()
}

// pyIsTitle is str.istitle.
func pyIsTitle(s string) bool {
	prev, cased := false, false
	for _, r := range s {
		switch {
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			if prev {
				return false
			}
			prev, cased = true, true
		case unicode.IsLower(r):
			if !prev {
				return false
			}
			prev, cased = true, true
		default:
			prev = false
		}
	}
	return cased
}

// strTranslate is str.translate(table): each code point is looked up in
// the table; a miss keeps it, None drops it.
func strTranslate(t *Thread, a []Value, kw *Kwargs) (Value, error) {
	var b strings.Builder
	for _, r := range a[0].S() {
		v, err := t.getItem(a[1], Int(int64(r)))
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Value.inst().Class.IsSubclass(LookupErrorType) {
				b.WriteRune(r)
				continue
			}
			return Value{}, err
		}
		switch v.kind {
		case KNone:
		case KStr:
			b.WriteString(v.S())
		case KInt:
			if v.I() < 0 || v.I() > 0x10FFFF {
				return Value{}, Errorf(ValueErrorType, "character mapping must be in range(0x110000)")
			}
			b.WriteRune(rune(v.I()))
		default:
			return Value{}, Errorf(TypeErrorType, "character mapping must return integer, None or str")
		}
	}
	return NewStr(b.String()), nil
}

// isASCII reports whether s has only ASCII characters.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
