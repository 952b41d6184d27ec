package json

import (
	gomath "math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/asl-lang/asl/vm"
)

// encoder holds the options of one dumps call.
type encoder struct {
	t           *vm.Thread
	buf         []byte
	indent      string
	hasIndent   bool
	itemSep     string
	keySep      string
	sortKeys    bool
	ensureASCII bool
	allowNaN    bool
	skipKeys    bool
	def         vm.Value
	active      map[any]bool // containers being encoded: cycles
}

func dumps(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "dumps() takes 1 positional argument but %d were given", len(a))
	}
	e := &encoder{t: t, itemSep: ", ", keySep: ": ", ensureASCII: true, allowNaN: true, def: vm.None, active: map[any]bool{}}
	if kw != nil {
		for i, name := range kw.Names {
			v := kw.Values[i]
			var err error
			switch name {
			case "indent":
				err = e.setIndent(v)
			case "separators":
				err = e.setSeparators(v)
			case "sort_keys":
				e.sortKeys, err = t.Truth(v)
			case "ensure_ascii":
				e.ensureASCII, err = t.Truth(v)
			case "allow_nan":
				e.allowNaN, err = t.Truth(v)
			case "skipkeys":
				e.skipKeys, err = t.Truth(v)
			case "default":
				e.def = v
			case "check_circular", "cls":
			default:
				err = vm.Errorf(vm.TypeErrorType, "JSONEncoder.__init__() got an unexpected keyword argument '%s'", name)
			}
			if err != nil {
				return vm.Value{}, err
			}
		}
		if _, ok := kw.Get("separators"); !ok && e.hasIndent {
			e.itemSep = ","
		}
	}
	if err := e.encode(a[0], 0); err != nil {
		return vm.Value{}, err
	}
	return vm.NewStr(string(e.buf)), nil
}

func (e *encoder) setIndent(v vm.Value) error {
	switch {
	case v.IsNone():
		e.hasIndent = false
	case v.Kind() == vm.KStr:
		e.indent, e.hasIndent = v.S(), true
	case vm.IsInt(v):
		n, _ := vm.IntArg(v)
		e.indent, e.hasIndent = strings.Repeat(" ", int(max(n.Int64(), 0))), true
	default:
		return vm.Errorf(vm.TypeErrorType, "indent must be None, an int or a str")
	}
	if e.hasIndent {
		e.itemSep = ","
	}
	return nil
}

func (e *encoder) setSeparators(v vm.Value) error {
	if v.IsNone() {
		return nil
	}
	items, ok := vm.Seq(v)
	if !ok || len(items) != 2 || items[0].Kind() != vm.KStr || items[1].Kind() != vm.KStr {
		return vm.Errorf(vm.TypeErrorType, "separators must be a (item_separator, key_separator) tuple")
	}
	e.itemSep, e.keySep = items[0].S(), items[1].S()
	return nil
}

// newline starts a line at depth level when indenting.
func (e *encoder) newline(level int) {
	if !e.hasIndent {
		return
	}
	e.buf = append(e.buf, '\n')
	for i := 0; i < level; i++ {
		e.buf = append(e.buf, e.indent...)
	}
}

func (e *encoder) encode(v vm.Value, level int) error {
	switch v.Kind() {
	case vm.KNone:
		e.buf = append(e.buf, "null"...)
		return nil
	case vm.KBool:
		if v.I() != 0 {
			e.buf = append(e.buf, "true"...)
		} else {
			e.buf = append(e.buf, "false"...)
		}
		return nil
	case vm.KInt:
		e.buf = strconv.AppendInt(e.buf, v.I(), 10)
		return nil
	case vm.KBig:
		e.buf = v.BigInt().Append(e.buf, 10)
		return nil
	case vm.KFloat:
		return e.float(v)
	case vm.KStr:
		e.str(v.S())
		return nil
	case vm.KList, vm.KTuple:
		items, _ := vm.Seq(v)
		return e.array(v, items, level)
	case vm.KDict:
		return e.object(v, level)
	}
	if !e.def.IsNone() {
		// as CPython, the object stays marked while default's result is
		// encoded: a default that returns it again is a cycle
		leave, err := e.enter(v)
		if err != nil {
			return err
		}
		defer leave()
		r, err := e.t.Call(e.def, []vm.Value{v}, nil)
		if err != nil {
			return err
		}
		return e.encode(r, level)
	}
	return vm.Errorf(vm.TypeErrorType, "Object of type %s is not JSON serializable", vm.TypeName(v))
}

func (e *encoder) float(v vm.Value) error {
	f := v.F()
	switch {
	case gomath.IsNaN(f) || gomath.IsInf(f, 0):
		if !e.allowNaN {
			return vm.Errorf(vm.ValueErrorType, "Out of range float values are not JSON compliant")
		}
		switch {
		case gomath.IsNaN(f):
			e.buf = append(e.buf, "NaN"...)
		case f > 0:
			e.buf = append(e.buf, "Infinity"...)
		default:
			e.buf = append(e.buf, "-Infinity"...)
		}
		return nil
	}
	r, err := e.t.Repr(v)
	e.buf = append(e.buf, r...)
	return err
}

const hexDigits = "0123456789abcdef"

// str writes a JSON string as CPython's encoder does.
func (e *encoder) str(s string) {
	e.buf = append(e.buf, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"':
				e.buf = append(e.buf, '\\', '"')
			case c == '\\':
				e.buf = append(e.buf, '\\', '\\')
			case c == '\n':
				e.buf = append(e.buf, '\\', 'n')
			case c == '\r':
				e.buf = append(e.buf, '\\', 'r')
			case c == '\t':
				e.buf = append(e.buf, '\\', 't')
			case c == '\b':
				e.buf = append(e.buf, '\\', 'b')
			case c == '\f':
				e.buf = append(e.buf, '\\', 'f')
			case c < 0x20:
				e.buf = append(e.buf, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&15])
			default:
				e.buf = append(e.buf, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !e.ensureASCII {
			e.buf = append(e.buf, s[i:i+n]...)
		} else if r >= 0x10000 {
			a, b := utf16.EncodeRune(r)
			e.u4(a)
			e.u4(b)
		} else {
			e.u4(r)
		}
		i += n
	}
	e.buf = append(e.buf, '"')
}

func (e *encoder) u4(r rune) {
	e.buf = append(e.buf, '\\', 'u', hexDigits[r>>12&15], hexDigits[r>>8&15], hexDigits[r>>4&15], hexDigits[r&15])
}

// enter marks a container as being encoded, failing on a cycle.
func (e *encoder) enter(v vm.Value) (func(), error) {
	key := v.Ptr()
	if e.active[key] {
		return nil, vm.Errorf(vm.ValueErrorType, "Circular reference detected")
	}
	e.active[key] = true
	return func() { delete(e.active, key) }, nil
}

func (e *encoder) array(v vm.Value, items []vm.Value, level int) error {
	if len(items) == 0 {
		e.buf = append(e.buf, '[', ']')
		return nil
	}
	leave, err := e.enter(v)
	if err != nil {
		return err
	}
	defer leave()
	e.buf = append(e.buf, '[')
	for i, x := range items {
		if i > 0 {
			e.buf = append(e.buf, e.itemSep...)
		}
		e.newline(level + 1)
		if err := e.encode(x, level+1); err != nil {
			return err
		}
	}
	e.newline(level)
	e.buf = append(e.buf, ']')
	return nil
}

// key turns a dict key into its JSON string, ok false to skip it: a str
// as it is, None, bools and numbers as encode writes them.
func (e *encoder) key(k vm.Value) (string, bool, error) {
	switch k.Kind() {
	case vm.KStr:
		return k.S(), true, nil
	case vm.KNone, vm.KBool, vm.KInt, vm.KBig, vm.KFloat:
		save := e.buf
		e.buf = nil
		err := e.encode(k, 0)
		s := string(e.buf)
		e.buf = save
		return s, true, err
	}
	if e.skipKeys {
		return "", false, nil
	}
	return "", false, vm.Errorf(vm.TypeErrorType, "keys must be str, int, float, bool or None, not %s", vm.TypeName(k))
}

func (e *encoder) object(v vm.Value, level int) error {
	d := v.Dict()
	if d.Len() == 0 {
		e.buf = append(e.buf, '{', '}')
		return nil
	}
	leave, err := e.enter(v)
	if err != nil {
		return err
	}
	defer leave()
	type pair struct {
		k   string
		key vm.Value
		v   vm.Value
	}
	var pairs []pair
	var kerr error
	d.Items(func(k, x vm.Value) bool {
		s, ok, err := e.key(k)
		if err != nil {
			kerr = err
			return false
		}
		if ok {
			pairs = append(pairs, pair{s, k, x})
		}
		return true
	})
	if kerr != nil {
		return kerr
	}
	if e.sortKeys {
		for _, p := range pairs {
			if p.key.Kind() != pairs[0].key.Kind() && !(vm.IsInt(p.key) && vm.IsInt(pairs[0].key)) {
				return vm.Errorf(vm.TypeErrorType, "'<' not supported between instances of '%s' and '%s'", vm.TypeName(p.key), vm.TypeName(pairs[0].key))
			}
		}
		var serr error
		sort.SliceStable(pairs, func(i, j int) bool {
			r, err := e.t.Operator("<", pairs[i].key, pairs[j].key)
			if err != nil {
				serr = err
				return false
			}
			b, _ := e.t.Truth(r)
			return b
		})
		if serr != nil {
			return serr
		}
	}
	e.buf = append(e.buf, '{')
	for i, p := range pairs {
		if i > 0 {
			e.buf = append(e.buf, e.itemSep...)
		}
		e.newline(level + 1)
		e.str(p.k)
		e.buf = append(e.buf, e.keySep...)
		if err := e.encode(p.v, level+1); err != nil {
			return err
		}
	}
	e.newline(level)
	e.buf = append(e.buf, '}')
	return nil
}
