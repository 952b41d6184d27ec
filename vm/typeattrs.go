package vm

import (
	"math/big"
	"strings"
)

// builtinClassAttr finds an attribute of a built-in type read through the
// type: an unbound method (str.lower), a class method (dict.fromkeys) or
// __base__.
func builtinClassAttr(c *Class, name string) (Value, bool) {
	for _, k := range c.MRO {
		if k.InstKind == KInst {
			continue
		}
		if fn, ok := typeClassMethods[k][name]; ok {
			return NewBuiltin(name, fn), true
		}
		if v, ok := classMethodOf(k, name); ok {
			return v, true
		}
		if v, ok := typeDunder(k, name); ok {
			return v, true
		}
	}
	if name == "__base__" {
		if c.Base == nil {
			return None, true
		}
		return ClassValue(c.Base), true
	}
	return Value{}, false
}

// classMethodOf returns an unbound method of a built-in type (str.upper),
// callable with the receiver as first argument.
func classMethodOf(c *Class, name string) (Value, bool) {
	m, ok := methodTables[c.InstKind][name]
	if !ok {
		return Value{}, false
	}
	return NewBuiltin(name, func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		if len(a) == 0 {
			return Value{}, Errorf(TypeErrorType, "unbound method %s.%s() needs an argument", c.Name, name)
		}
		if !TypeOf(a[0]).IsSubclass(c) {
			return Value{}, Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, c.Name, typeName(a[0]))
		}
		if p, ok := payloadOf(a[0]); ok {
			a = append([]Value{p}, a[1:]...)
		}
		return m(t, a, kw)
	}), true
}

// typeClassMethods are the class methods of built-in types.
var typeClassMethods map[*Class]map[string]BuiltinFunc

func init() {
	typeClassMethods = map[*Class]map[string]BuiltinFunc{
		DictType:  {"fromkeys": dictFromKeys},
		IntType:   {"from_bytes": intFromBytes},
		BytesType: {"fromhex": bytesFromHex},
		StrType:   {"maketrans": strMakeTrans},
		FloatType: {"fromhex": floatFromHex},
	}
}

// dictFromKeys is dict.fromkeys(iterable, value=None).
func dictFromKeys(t *Thread, a []Value, kw *Kwargs) (Value, error) {
	if err := argCount("fromkeys", a, 1, 2); err != nil {
		return Value{}, err
	}
	val := None
	if len(a) == 2 {
		val = a[1]
	}
	d := NewDict()
	err := t.iterate(a[0], func(k Value) error { return d.dict().Set(t, k, val) })
	return d, err
}

// byteOrderArgs reads the (length, byteorder, *, signed) style arguments
// shared by int.to_bytes and int.from_bytes, starting at a[first].
func byteOrderArgs(a []Value, kw *Kwargs, first int) (little, signed bool, err error) {
	order := Value{}
	if len(a) > first {
		order = a[first]
	}
	if v, ok := kw.Get("byteorder"); ok {
		order = v
	}
	if v, ok := kw.Get("signed"); ok {
		signed = v.kind == KBool && v.bits != 0 || isIntLike(v) && v.I() != 0
	}
	if order.kind == 0 && order.ptr == nil {
		return false, signed, nil
	}
	if order.kind != KStr {
		return false, false, Errorf(TypeErrorType, "to_bytes() argument 'byteorder' must be str, not %s", typeName(order))
	}
	switch order.S() {
	case "big":
		return false, signed, nil
	case "little":
		return true, signed, nil
	}
	return false, false, Errorf(ValueErrorType, "byteorder must be either 'little' or 'big'")
}

// intFromBytes is int.from_bytes(bytes, byteorder='big', *, signed=False).
func intFromBytes(t *Thread, a []Value, kw *Kwargs) (Value, error) {
	src := Value{}
	if len(a) > 0 {
		src = a[0]
	} else if v, ok := kw.Get("bytes"); ok {
		src = v
	} else {
		return Value{}, Errorf(TypeErrorType, "from_bytes() missing required argument 'bytes' (pos 1)")
	}
	little, signed, err := byteOrderArgs(a, kw, 1)
	if err != nil {
		return Value{}, err
	}
	raw, err := t.bytesOf(src)
	if err != nil {
		return Value{}, err
	}
	b := append([]byte(nil), raw...)
	if little {
		reverseBytes(b)
	}
	n := new(big.Int).SetBytes(b)
	if signed && len(b) > 0 && b[0]&0x80 != 0 {
		n.Sub(n, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
	}
	return BigIntValue(n), nil
}

// bytesOf returns the bytes of a bytes-like value or of an iterable of
// ints.
func (t *Thread) bytesOf(v Value) ([]byte, error) {
	if v.kind == KBytes {
		return v.bytes().B, nil
	}
	if v.kind == KStr {
		return nil, Errorf(TypeErrorType, "cannot convert 'str' object to bytes")
	}
	b, err := ctorBytes(t, BytesType, []Value{v}, nil)
	if err != nil {
		return nil, err
	}
	return b.bytes().B, nil
}

func reverseBytes(b []byte) {
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
}

// bytesFromHex is bytes.fromhex(string).
func bytesFromHex(t *Thread, a []Value, kw *Kwargs) (Value, error) {
	if err := argCount("fromhex", a, 1, 1); err != nil {
		return Value{}, err
	}
	if a[0].kind != KStr {
		return Value{}, Errorf(TypeErrorType, "fromhex() argument must be str, not %s", typeName(a[0]))
	}
	s := a[0].S()
	var out []byte
	for i := 0; i < len(s); {
		if isPySpace(rune(s[i])) {
			i++
			continue
		}
		hi, ok1 := hexDigit(s[i])
		if !ok1 {
			return Value{}, Errorf(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", i)
		}
		if i+1 >= len(s) {
			return Value{}, Errorf(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", i+1)
		}
		lo, ok2 := hexDigit(s[i+1])
		if !ok2 {
			return Value{}, Errorf(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", i+1)
		}
		out = append(out, hi<<4|lo)
		i += 2
	}
	return NewBytes(out), nil
}

func hexDigit(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// strMakeTrans is str.maketrans(x[, y[, z]]).
func strMakeTrans(t *Thread, a []Value, kw *Kwargs) (Value, error) {
	if err := argCount("maketrans", a, 1, 3); err != nil {
		return Value{}, err
	}
	d := NewDict()
	if len(a) == 1 {
		if a[0].kind != KDict {
			return Value{}, Errorf(TypeErrorType, "if you give only one argument to maketrans it must be a dict")
		}
		var err error
		a[0].dict().Items(func(k, v Value) bool {
			if k.kind == KStr {
				if k.str().Len() != 1 {
					err = Errorf(ValueErrorType, "string keys in translate table must be of length 1")
					return false
				}
				k = Int(int64([]rune(k.S())[0]))
			}
			err = d.dict().Set(t, k, v)
			return err == nil
		})
		return d, err
	}
	if a[0].kind != KStr || a[1].kind != KStr {
		return Value{}, Errorf(TypeErrorType, "maketrans() argument must be str")
	}
	x, y := []rune(a[0].S()), []rune(a[1].S())
	if len(x) != len(y) {
		return Value{}, Errorf(ValueErrorType, "the first two maketrans arguments must have equal length")
	}
	for i, r := range x {
		d.dict().Set(t, Int(int64(r)), Int(int64(y[i])))
	}
	if len(a) == 3 {
		for _, r := range strings.Split(plainStr(a[2]), "") {
			if r != "" {
				d.dict().Set(t, Int(int64([]rune(r)[0])), None)
			}
		}
	}
	return d, nil
}
