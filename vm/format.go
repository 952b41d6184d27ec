package vm

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/asl-lang/asl/internal/pyrepr"
)

// buildStr joins the pieces of an f-string.
func (t *Thread) buildStr(parts []Value) (Value, error) {
	var buf [64]byte
	b := buf[:0]
	for _, p := range parts {
		b = append(b, p.S()...)
	}
	return newStrBytes(b), nil
}

// formatValue applies an f-string field's conversion and format spec.
func (t *Thread) formatValue(v Value, conv int, spec Value, hasSpec bool) (Value, error) {
	var err error
	switch conv {
	case 's':
		var s string
		s, err = t.str(v)
		v = NewStr(s)
	case 'r':
		var s string
		s, err = t.repr(v)
		v = NewStr(s)
	case 'a':
		var s string
		s, err = t.repr(v)
		v = NewStr(asciiEscape(s))
	}
	if err != nil {
		return Value{}, err
	}
	specStr := ""
	if hasSpec {
		specStr = spec.S()
	}
	s, err := t.format(v, specStr)
	return NewStr(s), err
}

// asciiEscape escapes non-ASCII characters as ascii() does.
func asciiEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r < 0x100:
			b.WriteString("\\x" + strconv.FormatInt(int64(r)|0x100, 16)[1:])
		case r < 0x10000:
			b.WriteString("\\u" + strconv.FormatInt(int64(r)|0x10000, 16)[1:])
		default:
			b.WriteString("\\U" + strconv.FormatInt(int64(r)|0x100000000, 16)[1:])
		}
	}
	return b.String()
}

// format is format(v, spec).
func (t *Thread) format(v Value, spec string) (string, error) {
	if v.kind == KInst {
		if m, ok := v.inst().Class.Lookup("__format__"); ok {
			r, err := t.call(m, []Value{v, NewStr(spec)}, nil)
			if err != nil {
				return "", err
			}
			if r.kind != KStr {
				return "", Errorf(TypeErrorType, "__format__ must return a str, not %s", typeName(r))
			}
			return r.S(), nil
		}
	}
	if spec == "" {
		return t.str(v)
	}
	if p, ok := payloadOf(v); ok {
		return t.format(p, spec)
	}
	fs, err := parseSpec(spec, typeName(v))
	if err != nil {
		return "", err
	}
	switch v.kind {
	case KInt, KBool, KBig:
		if v.kind == KBool && fs.typ == 0 {
			name := "False"
			if v.bits != 0 {
				name = "True"
			}
			return fs.pad(name, false), nil
		}
		return fs.formatInt(toBig(v))
	case KFloat:
		return fs.formatFloat(v.F())
	case KStr:
		return fs.formatStr(v.S())
	}
	if v.kind == KInst {
		return "", Errorf(TypeErrorType, "unsupported format string passed to %s.__format__", typeName(v))
	}
	s, err := t.str(v)
	if err != nil {
		return "", err
	}
	if fs.typ != 0 && fs.typ != 's' {
		return "", Errorf(TypeErrorType, "unsupported format string passed to %s.__format__", typeName(v))
	}
	return fs.formatStr(s)
}

// formatSpec is a parsed format specification.
type formatSpec struct {
	fill      rune
	align     byte // '<', '>', '^', '=' or 0
	sign      byte // '+', '-', ' ' or 0
	alt       bool
	zero      bool
	width     int
	grouping  byte // ',' or '_' or 0
	precision int  // -1 when absent
	typ       byte
}

// parseSpec parses a format spec for a value of type typ.
func parseSpec(s, typ string) (*formatSpec, error) {
	fs := &formatSpec{fill: ' ', precision: -1}
	i := 0
	explicitFill := false
	isAlign := func(c byte) bool { return c == '<' || c == '>' || c == '^' || c == '=' }
	if r, size := utf8.DecodeRuneInString(s); size > 0 && size < len(s) && isAlign(s[size]) {
		fs.fill, fs.align = r, s[size]
		i = size + 1
		explicitFill = true
	} else if len(s) > 0 && isAlign(s[0]) {
		fs.align = s[0]
		i = 1
	}
	if i < len(s) && (s[i] == '+' || s[i] == '-' || s[i] == ' ') {
		fs.sign = s[i]
		i++
	}
	if i < len(s) && s[i] == 'z' {
		i++
	}
	if i < len(s) && s[i] == '#' {
		fs.alt = true
		i++
	}
	if i < len(s) && s[i] == '0' {
		fs.zero = true
		i++
	}
	start := i
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > start {
		if fs.width = atoiDigits(s[start:i]); fs.width < 0 {
			return nil, Errorf(ValueErrorType, "Too many decimal digits in format string")
		}
	}
	if i < len(s) && (s[i] == ',' || s[i] == '_') {
		fs.grouping = s[i]
		i++
		if i < len(s) && (s[i] == ',' || s[i] == '_') {
			return nil, Errorf(ValueErrorType, "Cannot specify both ',' and '_'.")
		}
	}
	if i < len(s) && s[i] == '.' {
		i++
		start = i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == start {
			return nil, Errorf(ValueErrorType, "Format specifier missing precision")
		}
		if fs.precision = atoiDigits(s[start:i]); fs.precision < 0 {
			return nil, Errorf(ValueErrorType, "Too many decimal digits in format string")
		}
	}
	if i < len(s) {
		fs.typ = s[i]
		i++
	}
	if i < len(s) {
		return nil, Errorf(ValueErrorType, "Invalid format specifier '%s' for object of type '%s'", s, typ)
	}
	if fs.zero && !explicitFill {
		fs.fill = '0'
	}
	if fs.zero && fs.align == 0 {
		fs.align = '='
	}
	return fs, nil
}

// pad aligns s in the field; numeric says whether the default is right.
func (fs *formatSpec) pad(s string, numeric bool) string {
	n := utf8.RuneCountInString(s)
	if n >= fs.width {
		return s
	}
	gap := fs.width - n
	fill := string(fs.fill)
	align := fs.align
	if align == 0 {
		align = '<'
		if numeric {
			align = '>'
		}
	}
	switch align {
	case '>':
		return strings.Repeat(fill, gap) + s
	case '^':
		l := gap / 2
		return strings.Repeat(fill, l) + s + strings.Repeat(fill, gap-l)
	case '=':
		// after the sign and prefix
		k := 0
		if k < len(s) && (s[k] == '+' || s[k] == '-' || s[k] == ' ') {
			k++
		}
		if k+1 < len(s) && s[k] == '0' && strings.ContainsRune("xXbBoO", rune(s[k+1])) {
			k += 2
		}
		return s[:k] + strings.Repeat(fill, gap) + s[k:]
	}
	return s + strings.Repeat(fill, gap)
}

func (fs *formatSpec) formatStr(s string) (string, error) {
	if fs.typ != 0 && fs.typ != 's' {
		return "", Errorf(ValueErrorType, "Unknown format code '%c' for object of type 'str'", fs.typ)
	}
	if fs.sign != 0 {
		return "", Errorf(ValueErrorType, "Sign not allowed in string format specifier")
	}
	if fs.grouping != 0 {
		return "", Errorf(ValueErrorType, "Cannot specify '%c' with 's'.", fs.grouping)
	}
	if fs.align == '=' {
		return "", Errorf(ValueErrorType, "'=' alignment not allowed in string format specifier")
	}
	if fs.precision >= 0 && utf8.RuneCountInString(s) > fs.precision {
		s = string([]rune(s)[:fs.precision])
	}
	return fs.pad(s, false), nil
}

func (fs *formatSpec) signed(neg bool, body string) string {
	switch {
	case neg:
		return "-" + body
	case fs.sign == '+':
		return "+" + body
	case fs.sign == ' ':
		return " " + body
	}
	return body
}

// group inserts separators every n digits from the right.
func group(digits string, sep byte, n int) string {
	if len(digits) <= n {
		return digits
	}
	var b strings.Builder
	first := len(digits) % n
	if first > 0 {
		b.WriteString(digits[:first])
	}
	for i := first; i < len(digits); i += n {
		if b.Len() > 0 {
			b.WriteByte(sep)
		}
		b.WriteString(digits[i : i+n])
	}
	return b.String()
}

func (fs *formatSpec) formatInt(x *big.Int) (string, error) {
	switch fs.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, _ := new(big.Float).SetInt(x).Float64()
		return fs.formatFloat(f)
	case 'c':
		if !x.IsInt64() || x.Int64() < 0 || x.Int64() > 0x10FFFF {
			return "", Errorf(OverflowErrorType, "%%c arg not in range(0x110000)")
		}
		return fs.pad(string(rune(x.Int64())), false), nil
	case 's':
		return "", Errorf(ValueErrorType, "Unknown format code 's' for object of type 'int'")
	}
	if fs.precision >= 0 {
		return "", Errorf(ValueErrorType, "Precision not allowed in integer format specifier")
	}
	neg := x.Sign() < 0
	abs := new(big.Int).Abs(x)
	base, prefix, every := 10, "", 3
	switch fs.typ {
	case 'b':
		base, prefix, every = 2, "0b", 4
	case 'o':
		base, prefix, every = 8, "0o", 4
	case 'x':
		base, prefix, every = 16, "0x", 4
	case 'X':
		base, prefix, every = 16, "0X", 4
	case 0, 'd', 'n':
	default:
		return "", Errorf(ValueErrorType, "Unknown format code '%c' for object of type 'int'", fs.typ)
	}
	digits := abs.Text(base)
	if fs.typ == 'X' {
		digits = strings.ToUpper(digits)
	}
	if !fs.alt {
		prefix = ""
	}
	if fs.grouping != 0 {
		if fs.zero && fs.align == '=' && fs.width > 0 {
			// zero padding is grouped too
			want := fs.width - len(prefix)
			if neg || fs.sign == '+' || fs.sign == ' ' {
				want--
			}
			for len(group(digits, fs.grouping, every)) < want {
				digits = "0" + digits
			}
		}
		digits = group(digits, fs.grouping, every)
	}
	return fs.pad(fs.signed(neg, prefix+digits), true), nil
}

func (fs *formatSpec) formatFloat(f float64) (string, error) {
	neg := math.Signbit(f) && !math.IsNaN(f)
	a := math.Abs(f)
	prec := fs.precision
	var body string
	switch fs.typ {
	case 'f', 'F', '%':
		if prec < 0 {
			prec = 6
		}
		if fs.typ == '%' {
			a *= 100
		}
		body = strconv.FormatFloat(a, 'f', prec, 64)
		if fs.alt && prec == 0 {
			body += "."
		}
		if fs.typ == '%' {
			body += "%"
		}
	case 'e', 'E':
		if prec < 0 {
			prec = 6
		}
		body = strconv.FormatFloat(a, 'e', prec, 64)
		if fs.typ == 'E' {
			body = strings.ToUpper(body)
		}
	case 'g', 'G', 'n':
		if prec < 0 {
			prec = 6
		}
		if prec == 0 {
			prec = 1
		}
		body = formatG(a, prec, fs.alt)
		if fs.typ == 'G' {
			body = strings.ToUpper(body)
		}
	case 0:
		if prec < 0 {
			body = pyrepr.Float(a)
		} else {
			if prec == 0 {
				prec = 1
			}
			body = strconv.FormatFloat(a, 'g', prec, 64)
			if !strings.ContainsAny(body, ".e") && !math.IsInf(a, 0) && !math.IsNaN(a) {
				body += ".0"
			}
		}
	default:
		return "", Errorf(ValueErrorType, "Unknown format code '%c' for object of type 'float'", fs.typ)
	}
	switch {
	case math.IsInf(a, 0):
		body = "inf"
		if fs.typ == 'F' || fs.typ == 'E' || fs.typ == 'G' {
			body = "INF"
		}
		if fs.typ == '%' {
			body += "%"
		}
	case math.IsNaN(a):
		body = "nan"
		if fs.typ == 'F' || fs.typ == 'E' || fs.typ == 'G' {
			body = "NAN"
		}
		if fs.typ == '%' {
			body += "%"
		}
	}
	if fs.grouping != 0 {
		intPart, rest := body, ""
		if i := strings.IndexAny(body, ".e%"); i >= 0 {
			intPart, rest = body[:i], body[i:]
		}
		body = group(intPart, fs.grouping, 3) + rest
	}
	return fs.pad(fs.signed(neg, body), true), nil
}

// formatG is the 'g' presentation with prec significant digits; the
// alternate form keeps trailing zeros and the decimal point.
func formatG(a float64, prec int, alt bool) string {
	if !alt || math.IsInf(a, 0) || math.IsNaN(a) {
		return strconv.FormatFloat(a, 'g', prec, 64)
	}
	e := strconv.FormatFloat(a, 'e', prec-1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	if exp < -4 || exp >= prec {
		if !strings.Contains(e, ".") {
			e = strings.Replace(e, "e", ".e", 1)
		}
		return e
	}
	f := strconv.FormatFloat(a, 'f', prec-1-exp, 64)
	if !strings.Contains(f, ".") {
		f += "."
	}
	return f
}
