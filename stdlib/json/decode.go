package json

import (
	"math/big"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/asl-lang/asl/vm"
)

// decoder reads one JSON document; pos is a byte offset into s. The
// hooks are loads' keyword arguments (None when not given).
type decoder struct {
	t   *vm.Thread
	s   string
	pos int
	hooks
}

func loads(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "loads() takes 1 positional argument but %d were given", len(a))
	}
	h, err := hooksOf(kw)
	if err != nil {
		return vm.Value{}, err
	}
	var s string
	switch a[0].Kind() {
	case vm.KStr:
		s = a[0].S()
	case vm.KBytes:
		items, _ := t.Iterate(a[0])
		b := make([]byte, len(items))
		for i, x := range items {
			b[i] = byte(x.I())
		}
		s = string(b)
	default:
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "the JSON object must be str, bytes or bytearray, not %s", vm.TypeName(a[0]))
	}
	d := &decoder{t: t, s: s, hooks: h}
	d.skip()
	v, err := d.value()
	if err != nil {
		return vm.Value{}, err
	}
	d.skip()
	if d.pos < len(s) {
		return vm.Value{}, d.fail("Extra data", d.pos)
	}
	return v, nil
}

// fail is a JSONDecodeError at byte offset at, reported in characters.
func (d *decoder) fail(msg string, at int) error {
	pos := utf8.RuneCountInString(d.s[:at])
	line := strings.Count(d.s[:at], "\n") + 1
	col := pos + 1
	if k := strings.LastIndexByte(d.s[:at], '\n'); k >= 0 {
		col = utf8.RuneCountInString(d.s[k+1:at]) + 1
	}
	e := vm.Errorf(DecodeError, "%s: line %d column %d (char %d)", msg, line, col, pos)
	for name, v := range map[string]vm.Value{
		"msg": vm.NewStr(msg), "doc": vm.NewStr(d.s), "pos": vm.Int(int64(pos)),
		"lineno": vm.Int(int64(line)), "colno": vm.Int(int64(col)),
	} {
		_ = d.t.SetAttr(e.Value, name, v)
	}
	return e
}

func (d *decoder) skip() {
	for d.pos < len(d.s) {
		switch d.s[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

func (d *decoder) value() (vm.Value, error) {
	if d.pos >= len(d.s) {
		return vm.Value{}, d.fail("Expecting value", d.pos)
	}
	switch c := d.s[d.pos]; {
	case c == '"':
		s, err := d.str()
		return vm.NewStr(s), err
	case c == '{':
		return d.object()
	case c == '[':
		return d.array()
	case c == '-' || (c >= '0' && c <= '9'):
		if strings.HasPrefix(d.s[d.pos:], "-Infinity") {
			d.pos += len("-Infinity")
			return d.constant("-Infinity", vm.Float(negInf))
		}
		return d.number()
	}
	for _, lit := range []struct {
		text string
		v    vm.Value
	}{{"null", vm.None}, {"true", vm.Bool(true)}, {"false", vm.Bool(false)},
		{"NaN", vm.Float(nan)}, {"Infinity", vm.Float(posInf)}} {
		if strings.HasPrefix(d.s[d.pos:], lit.text) {
			d.pos += len(lit.text)
			if lit.v.Kind() == vm.KFloat {
				return d.constant(lit.text, lit.v)
			}
			return lit.v, nil
		}
	}
	return vm.Value{}, d.fail("Expecting value", d.pos)
}

func (d *decoder) number() (vm.Value, error) {
	start := d.pos
	i := d.pos
	if d.s[i] == '-' {
		i++
	}
	digits := func() int {
		j := i
		for i < len(d.s) && d.s[i] >= '0' && d.s[i] <= '9' {
			i++
		}
		return i - j
	}
	if i < len(d.s) && d.s[i] == '0' {
		i++
	} else if digits() == 0 {
		return vm.Value{}, d.fail("Expecting value", start)
	}
	isFloat := false
	if i+1 < len(d.s) && d.s[i] == '.' && d.s[i+1] >= '0' && d.s[i+1] <= '9' {
		i++
		digits()
		isFloat = true
	}
	if i < len(d.s) && (d.s[i] == 'e' || d.s[i] == 'E') {
		j := i
		i++
		if i < len(d.s) && (d.s[i] == '+' || d.s[i] == '-') {
			i++
		}
		if digits() == 0 {
			i = j // not an exponent: the number ends before it
		} else {
			isFloat = true
		}
	}
	text := d.s[start:i]
	d.pos = i
	if isFloat && d.parseFloat.Kind() != vm.KNone {
		return d.t.Call(d.parseFloat, []vm.Value{vm.NewStr(text)}, nil)
	}
	if !isFloat && d.parseInt.Kind() != vm.KNone {
		return d.t.Call(d.parseInt, []vm.Value{vm.NewStr(text)}, nil)
	}
	if isFloat {
		f, _ := strconv.ParseFloat(text, 64)
		return vm.Float(f), nil
	}
	if n, err := strconv.ParseInt(text, 10, 64); err == nil {
		return vm.Int(n), nil
	}
	b, _ := new(big.Int).SetString(text, 10)
	return vm.BigIntValue(b), nil
}

// str reads a string whose opening quote is at d.pos.
func (d *decoder) str() (string, error) {
	start := d.pos
	i := d.pos + 1
	// Fast path: no escapes.
	j := i
	for j < len(d.s) && d.s[j] != '"' && d.s[j] != '\\' && d.s[j] >= 0x20 {
		j++
	}
	if j < len(d.s) && d.s[j] == '"' {
		d.pos = j + 1
		return d.s[i:j], nil
	}
	var b strings.Builder
	b.WriteString(d.s[i:j])
	i = j
	for {
		if i >= len(d.s) {
			return "", d.fail("Unterminated string starting at", start)
		}
		c := d.s[i]
		switch {
		case c == '"':
			d.pos = i + 1
			return b.String(), nil
		case c < 0x20:
			return "", d.fail("Invalid control character at", i)
		case c != '\\':
			b.WriteByte(c)
			i++
			continue
		}
		if i+1 >= len(d.s) {
			return "", d.fail("Unterminated string starting at", start)
		}
		esc := d.s[i+1]
		switch esc {
		case '"', '\\', '/':
			b.WriteByte(esc)
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r, ok := hex4(d.s, i+2)
			if !ok {
				return "", d.fail("Invalid \\uXXXX escape", i+1)
			}
			i += 6
			if utf16.IsSurrogate(r) && r < 0xDC00 && i+1 < len(d.s) && d.s[i] == '\\' && d.s[i+1] == 'u' {
				if r2, ok := hex4(d.s, i+2); ok && r2 >= 0xDC00 && r2 <= 0xDFFF {
					r = utf16.DecodeRune(r, r2)
					i += 6
				}
			}
			b.WriteRune(r) // a lone surrogate becomes U+FFFD: asl's strs are UTF-8
			continue
		default:
			return "", d.fail("Invalid \\escape", i)
		}
		i += 2
	}
}

// hex4 reads four hex digits at s[i:].
func hex4(s string, i int) (rune, bool) {
	if i+4 > len(s) {
		return 0, false
	}
	n, err := strconv.ParseUint(s[i:i+4], 16, 32)
	if err != nil || strings.ContainsAny(s[i:i+4], "+-_") {
		return 0, false
	}
	return rune(n), true
}

func (d *decoder) array() (vm.Value, error) {
	d.pos++
	d.skip()
	var items []vm.Value
	if d.pos < len(d.s) && d.s[d.pos] == ']' {
		d.pos++
		return vm.NewList(items), nil
	}
	for {
		v, err := d.value()
		if err != nil {
			return vm.Value{}, err
		}
		items = append(items, v)
		d.skip()
		if d.pos < len(d.s) && d.s[d.pos] == ']' {
			d.pos++
			return vm.NewList(items), nil
		}
		if d.pos >= len(d.s) || d.s[d.pos] != ',' {
			return vm.Value{}, d.fail("Expecting ',' delimiter", d.pos)
		}
		d.pos++
		d.skip()
	}
}

func (d *decoder) object() (vm.Value, error) {
	d.pos++
	d.skip()
	obj := vm.NewDict()
	m := obj.Dict()
	var pairs []vm.Value
	if d.pos < len(d.s) && d.s[d.pos] == '}' {
		d.pos++
		return d.finish(obj, pairs)
	}
	for {
		if d.pos >= len(d.s) || d.s[d.pos] != '"' {
			return vm.Value{}, d.fail("Expecting property name enclosed in double quotes", d.pos)
		}
		k, err := d.str()
		if err != nil {
			return vm.Value{}, err
		}
		d.skip()
		if d.pos >= len(d.s) || d.s[d.pos] != ':' {
			return vm.Value{}, d.fail("Expecting ':' delimiter", d.pos)
		}
		d.pos++
		d.skip()
		v, err := d.value()
		if err != nil {
			return vm.Value{}, err
		}
		if d.pairsHook.Kind() != vm.KNone {
			pairs = append(pairs, vm.NewTuple([]vm.Value{vm.NewStr(k), v}))
		} else if err := m.Set(d.t, vm.NewStr(k), v); err != nil {
			return vm.Value{}, err
		}
		d.skip()
		if d.pos < len(d.s) && d.s[d.pos] == '}' {
			d.pos++
			return d.finish(obj, pairs)
		}
		if d.pos >= len(d.s) || d.s[d.pos] != ',' {
			return vm.Value{}, d.fail("Expecting ',' delimiter", d.pos)
		}
		d.pos++
		d.skip()
	}
}
