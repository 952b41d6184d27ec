package vm

import (
	"github.com/asl-lang/asl/internal/pyrepr"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/asl-lang/asl/compiler"
)

const (
	opLe = compiler.OpLe
	opGe = compiler.OpGe
)

// strFormat is str.format.
func (t *Thread) strFormat(s string, args []Value, kw *Kwargs) (string, error) {
	auto := 0
	return t.strFormatWith(s, &formatArgs{args: args, kw: kw}, &auto)
}

// strFormatMap is str.format_map: names are looked up in mapping.
func (t *Thread) strFormatMap(s string, mapping Value) (string, error) {
	auto := 0
	return t.strFormatWith(s, &formatArgs{mapping: mapping}, &auto)
}

// formatArgs are the arguments str.format substitutes.
type formatArgs struct {
	args    []Value
	kw      *Kwargs
	mapping Value // format_map's mapping, or unset
}

// strFormatWith formats s; auto counts the automatically numbered
// fields, shared with the fields nested in format specs.
func (t *Thread) strFormatWith(s string, fa *formatArgs, auto *int) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '}' {
			if i+1 < len(s) && s[i+1] == '}' {
				b.WriteByte('}')
				i++
				continue
			}
			return "", Errorf(ValueErrorType, "Single '}' encountered in format string")
		}
		if c != '{' {
			b.WriteByte(c)
			continue
		}
		if i+1 < len(s) && s[i+1] == '{' {
			b.WriteByte('{')
			i++
			continue
		}
		if i+1 == len(s) {
			return "", Errorf(ValueErrorType, "Single '{' encountered in format string")
		}
		j, err := fieldEnd(s, i+1)
		if err != nil {
			return "", err
		}
		field := s[i+1 : j-1]
		i = j - 1
		out, err := t.formatField(field, fa, auto)
		if err != nil {
			return "", err
		}
		b.WriteString(out)
	}
	return b.String(), nil
}

// fieldEnd finds the end of the replacement field whose text starts at
// s[j], as CPython scans it: a [key] may hold any character but ']', and
// the spec may hold nested fields. It returns the index after the '}'.
func fieldEnd(s string, j int) (int, error) {
	depth, inKey, inSpec := 1, false, false
	for ; j < len(s); j++ {
		c := s[j]
		switch {
		case inKey:
			inKey = c != ']'
		case !inSpec && c == '[':
			inKey = true
		case !inSpec && (c == ':' || c == '!'):
			inSpec = true
		case c == '{':
			if !inSpec {
				return 0, Errorf(ValueErrorType, "unexpected '{' in field name")
			}
			depth++
		case c == '}':
			if depth--; depth == 0 {
				return j + 1, nil
			}
		}
	}
	if inSpec {
		return 0, Errorf(ValueErrorType, "unmatched '{' in format spec")
	}
	return 0, Errorf(ValueErrorType, "expected '}' before end of string")
}

// splitField splits a field into its name and what follows the first ':'
// or '!' outside a [key].
func splitField(field string) (name, rest string, sep byte) {
	inKey := false
	for k := 0; k < len(field); k++ {
		switch c := field[k]; {
		case inKey:
			inKey = c != ']'
		case c == '[':
			inKey = true
		case c == ':' || c == '!':
			return field[:k], field[k+1:], c
		}
	}
	return field, "", 0
}

func (t *Thread) formatField(field string, fa *formatArgs, auto *int) (string, error) {
	args := fa.args
	name, spec := field, ""
	conv := byte(0)
	if n, rest, sep := splitField(field); sep == ':' {
		name, spec = n, rest
	} else if sep == '!' {
		// name!c or name!c:spec
		if k := strings.IndexByte(rest, ':'); k >= 0 {
			name, spec = n+"!"+rest[:k], rest[k+1:]
		} else {
			name = n + "!" + rest
		}
	}
	if k := strings.LastIndexByte(name, '!'); k >= 0 && !strings.Contains(name[k:], "]") {
		if k+1 >= len(name) {
			return "", Errorf(ValueErrorType, "end of string while looking for conversion specifier")
		}
		conv = name[k+1]
		name = name[:k]
	}
	// The first part of the name picks the argument.
	first, rest := name, ""
	if k := strings.IndexAny(name, ".["); k >= 0 {
		first, rest = name[:k], name[k:]
	}
	var v Value
	switch {
	case first == "":
		if *auto < 0 {
			return "", Errorf(ValueErrorType, "cannot switch from manual field specification to automatic field numbering")
		}
		if *auto >= len(args) {
			return "", Errorf(IndexErrorType, "Replacement index %d out of range for positional args tuple", *auto)
		}
		v = args[*auto]
		*auto++
	case first[0] >= '0' && first[0] <= '9':
		n, _ := strconv.Atoi(first)
		if *auto > 0 {
			return "", Errorf(ValueErrorType, "cannot switch from automatic field numbering to manual field specification")
		}
		*auto = -1
		if n >= len(args) {
			return "", Errorf(IndexErrorType, "Replacement index %d out of range for positional args tuple", n)
		}
		v = args[n]
	case fa.mapping.kind != KNone || fa.mapping.ptr != nil:
		x, err := t.getItem(fa.mapping, NewStr(first))
		if err != nil {
			return "", err
		}
		v = x
	default:
		x, ok := fa.kw.Get(first)
		if !ok {
			return "", NewException(KeyErrorType, NewStr(first))
		}
		v = x
	}
	for rest != "" {
		if rest[0] == '.' {
			k := strings.IndexAny(rest[1:], ".[")
			attr := rest[1:]
			if k >= 0 {
				attr, rest = rest[1:1+k], rest[1+k:]
			} else {
				rest = ""
			}
			if attr == "" {
				return "", Errorf(ValueErrorType, "Empty attribute in format string")
			}
			x, err := t.getAttr(v, NewStr(attr))
			if err != nil {
				return "", err
			}
			v = x
			continue
		}
		if rest[0] != '[' {
			return "", Errorf(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
		}
		k := strings.IndexByte(rest, ']')
		if k < 0 {
			return "", Errorf(ValueErrorType, "Missing ']' in format string")
		}
		key := rest[1:k]
		if key == "" {
			return "", Errorf(ValueErrorType, "Empty attribute in format string")
		}
		rest = rest[k+1:]
		var kv Value = NewStr(key)
		if n, err := strconv.Atoi(key); err == nil {
			kv = Int(int64(n))
		}
		x, err := t.getItem(v, kv)
		if err != nil {
			return "", err
		}
		v = x
	}
	if strings.ContainsRune(spec, '{') {
		s, err := t.strFormatWith(spec, fa, auto)
		if err != nil {
			return "", err
		}
		spec = s
	}
	switch conv {
	case 'r', 'a':
		s, err := t.repr(v)
		if err != nil {
			return "", err
		}
		if conv == 'a' {
			s = asciiEscape(s)
		}
		v = NewStr(s)
	case 's':
		s, err := t.str(v)
		if err != nil {
			return "", err
		}
		v = NewStr(s)
	case 0:
	default:
		return "", Errorf(ValueErrorType, "Unknown conversion specifier %c", conv)
	}
	return t.format(v, spec)
}

// percentFormat is str % args, or bytes % args when isBytes is set: then
// s and the result are bytes read as Latin-1.
func (t *Thread) percentFormat(s string, arg Value, isBytes bool) (string, error) {
	var args []Value
	var mapping Value
	if arg.kind == KTuple {
		args = arg.tuple().Items
	} else {
		args = []Value{arg}
		if arg.kind == KDict || arg.kind == KInst {
			mapping = arg
		}
	}
	next := 0
	take := func() (Value, error) {
		if next >= len(args) {
			return Value{}, Errorf(TypeErrorType, "not enough arguments for format string")
		}
		v := args[next]
		next++
		return v, nil
	}
	var b strings.Builder
	usedMapping := false
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			b.WriteByte(s[i])
			continue
		}
		i++
		if i >= len(s) {
			return "", Errorf(ValueErrorType, "incomplete format")
		}
		var v Value
		haveV := false
		if s[i] == '(' {
			k := strings.IndexByte(s[i:], ')')
			if k < 0 {
				return "", Errorf(ValueErrorType, "incomplete format key")
			}
			if mapping.kind == 0 {
				return "", Errorf(TypeErrorType, "format requires a mapping")
			}
			x, err := t.getItem(mapping, NewStr(s[i+1:i+k]))
			if err != nil {
				return "", err
			}
			v, haveV, usedMapping = x, true, true
			i += k + 1
		}
		fs := &formatSpec{fill: ' ', precision: -1}
		for ; i < len(s) && strings.IndexByte("-+ #0", s[i]) >= 0; i++ {
			switch s[i] {
			case '-':
				fs.align = '<'
			case '+':
				fs.sign = '+'
			case ' ':
				if fs.sign == 0 {
					fs.sign = ' '
				}
			case '#':
				fs.alt = true
			case '0':
				fs.zero = true
			}
		}
		if i < len(s) && s[i] == '*' {
			w, err := take()
			if err != nil {
				return "", err
			}
			fs.width = int(w.I())
			if fs.width < 0 {
				fs.align, fs.width = '<', -fs.width
			}
			i++
		} else {
			st := i
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				i++
			}
			if fs.width = atoiDigits(s[st:i]); fs.width < 0 {
				return "", Errorf(ValueErrorType, "width too big")
			}
		}
		if i < len(s) && s[i] == '.' {
			i++
			if i < len(s) && s[i] == '*' {
				p, err := take()
				if err != nil {
					return "", err
				}
				fs.precision = int(p.I())
				i++
			} else {
				st := i
				for i < len(s) && s[i] >= '0' && s[i] <= '9' {
					i++
				}
				if fs.precision = atoiDigits(s[st:i]); fs.precision < 0 {
					return "", Errorf(ValueErrorType, "precision too big")
				}
			}
		}
		for i < len(s) && (s[i] == 'l' || s[i] == 'h' || s[i] == 'L') {
			i++
		}
		if i >= len(s) {
			return "", Errorf(ValueErrorType, "incomplete format")
		}
		c := s[i]
		if c == '%' {
			b.WriteByte('%')
			continue
		}
		if !strings.ContainsRune("sradiuxXoeEfFgGcb", rune(c)) || c == 'b' && !isBytes {
			r, _ := utf8.DecodeRuneInString(s[i:])
			return "", Errorf(ValueErrorType, "unsupported format character '%c' (0x%x) at index %d", r, r, utf8.RuneCountInString(s[:i]))
		}
		if !haveV {
			x, err := take()
			if err != nil {
				return "", err
			}
			v = x
		}
		if fs.align != '<' && fs.zero {
			fs.fill, fs.align = '0', '='
		}
		out, err := t.percentOne(c, fs, v, isBytes)
		if err != nil {
			return "", err
		}
		b.WriteString(out)
	}
	if next < len(args) && !usedMapping && mapping.kind == 0 {
		return "", Errorf(TypeErrorType, "not all arguments converted during string formatting")
	}
	return b.String(), nil
}

func (t *Thread) percentOne(c byte, fs *formatSpec, v Value, isBytes bool) (string, error) {
	if c != 's' && c != 'r' && c != 'a' {
		v = unwrapScalar(v)
	}
	if isBytes {
		if out, ok, err := t.percentBytes(c, fs, v); ok || err != nil {
			return out, err
		}
	}
	switch c {
	case 's', 'r', 'a':
		var s string
		var err error
		if c == 's' {
			s, err = t.str(v)
		} else {
			s, err = t.repr(v)
			if c == 'a' {
				s = asciiEscape(s)
			}
		}
		if err != nil {
			return "", err
		}
		if fs.precision >= 0 && len([]rune(s)) > fs.precision {
			s = string([]rune(s)[:fs.precision])
		}
		if fs.align == '=' {
			fs.fill, fs.align = ' ', '>'
		}
		return fs.pad(s, true), nil
	case 'd', 'i', 'u', 'x', 'X', 'o':
		if !isNumber(v) {
			return "", Errorf(TypeErrorType, "%%%c format: a real number is required, not %s", c, typeName(v))
		}
		if v.kind == KFloat {
			iv, err := ctorInt(t, IntType, []Value{v}, nil)
			if err != nil {
				return "", err
			}
			v = iv
		}
		typ := c
		if c == 'i' || c == 'u' {
			typ = 'd'
		}
		fs.typ = typ
		prec := fs.precision
		fs.precision = -1
		if prec <= 0 {
			return fs.formatInt(toBig(v))
		}
		// a precision is the least number of digits: format unpadded,
		// put the zeros after the sign and prefix, then pad
		width, zero, align := fs.width, fs.zero, fs.align
		fs.width, fs.zero, fs.align = 0, false, 0
		s, err := fs.formatInt(toBig(v))
		fs.width, fs.zero, fs.align = width, zero, align
		if err != nil {
			return "", err
		}
		k := 0
		if k < len(s) && (s[k] == '+' || s[k] == '-' || s[k] == ' ') {
			k++
		}
		if fs.alt && c != 'd' && c != 'i' && c != 'u' && k+1 < len(s) && s[k] == '0' {
			k += 2
		}
		if n := len(s) - k; n < prec {
			s = s[:k] + strings.Repeat("0", prec-n) + s[k:]
		}
		if fs.zero && fs.align == 0 {
			fs.align, fs.fill = '=', '0'
		}
		return fs.pad(s, true), nil
	case 'e', 'E', 'f', 'F', 'g', 'G':
		f, err := toFloat(v)
		if err != nil {
			return "", Errorf(TypeErrorType, "must be real number, not %s", typeName(v))
		}
		fs.typ = c
		return fs.formatFloat(f)
	case 'c':
		if v.kind == KStr && v.str().Len() == 1 {
			return fs.pad(v.S(), true), nil
		}
		if !isIntLike(v) {
			return "", Errorf(TypeErrorType, "%%c requires int or char")
		}
		if v.kind == KBig || v.I() < 0 || v.I() > 0x10FFFF {
			return "", Errorf(OverflowErrorType, "%%c arg not in range(0x110000)")
		}
		return fs.pad(string(rune(v.I())), true), nil
	}
	return "", Errorf(ValueErrorType, "unsupported format character '%c' (0x%x) at index", c, c)
}

// percentBytes handles the conversions whose meaning differs for bytes:
// %s and %b insert bytes, %r and %a an ASCII repr, %c a byte.
func (t *Thread) percentBytes(c byte, fs *formatSpec, v Value) (string, bool, error) {
	var s string
	switch c {
	case 's', 'b':
		if v.kind != KBytes {
			return "", true, Errorf(TypeErrorType, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", typeName(v))
		}
		s = latin1(v.bytes().B)
	case 'r', 'a':
		r, err := t.repr(v)
		if err != nil {
			return "", true, err
		}
		s = asciiEscape(r)
	case 'c':
		switch {
		case isIntLike(v) && v.I() >= 0 && v.I() < 256:
			s = string(rune(v.I()))
		case v.kind == KBytes && len(v.bytes().B) == 1:
			s = latin1(v.bytes().B)
		case isIntLike(v):
			return "", true, Errorf(OverflowErrorType, "%%c arg not in range(256)")
		default:
			return "", true, Errorf(TypeErrorType, "%%c requires an integer in range(256) or a single byte")
		}
	default:
		return "", false, nil
	}
	if fs.precision >= 0 && len([]rune(s)) > fs.precision {
		s = string([]rune(s)[:fs.precision])
	}
	if fs.align == '=' {
		fs.fill, fs.align = ' ', '>'
	}
	return fs.pad(s, true), true, nil
}

// fastPercent is str % args for the common formats: %d, %i, %s and %x
// without flags or widths, applied to machine ints and strs, every
// argument used. It reports false for anything else, which the general
// path formats (or rejects with CPython's error).
func fastPercent(b []byte, s string, args []Value) ([]byte, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '%' {
			b = append(b, c)
			continue
		}
		if i++; i >= len(s) {
			return nil, false
		}
		conv := s[i]
		if conv == '%' {
			b = append(b, '%')
			continue
		}
		if n >= len(args) {
			return nil, false
		}
		v := args[n]
		n++
		switch {
		case conv == 's' && v.kind == KStr:
			b = append(b, v.S()...)
		case (conv == 'd' || conv == 'i' || conv == 's') && v.kind == KInt:
			b = strconv.AppendInt(b, v.I(), 10)
		case conv == 'r' && v.kind == KStr:
			b = append(b, pyrepr.Str(v.S())...)
		case conv == 'x' && v.kind == KInt:
			b = strconv.AppendInt(b, v.I(), 16)
		default:
			return nil, false
		}
	}
	if n != len(args) {
		return nil, false
	}
	return b, true
}

// percentStr is str % arg, with the common cases formatted into a buffer
// on the stack.
func (t *Thread) percentStr(s string, arg Value) (Value, error) {
	var one [1]Value
	args := one[:]
	if arg.kind == KTuple {
		args = arg.tuple().Items
	} else {
		one[0] = arg
	}
	var buf [64]byte
	if b, ok := fastPercent(buf[:0], s, args); ok {
		return newStrBytes(b), nil
	}
	r, err := t.percentFormat(s, arg, false)
	return NewStr(r), err
}

// atoiDigits is the value of a run of ASCII digits ("" is 0), or -1 past
// 2**31-1, without the error value strconv.Atoi allocates for "".
func atoiDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if n = n*10 + int(s[i]-'0'); n > math.MaxInt32 {
			return -1
		}
	}
	return n
}
