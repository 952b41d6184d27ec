package vm

import (
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
)

var listMethods = map[string]methodFunc{
	"append": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		if len(a) != 2 {
			return Value{}, Errorf(TypeErrorType, "list.append() takes exactly one argument (%d given)", len(a)-1)
		}
		a[0].list().push(a[1])
		return None, nil
	},
	"extend": func(t *Thread, a []Value, kw *Kwargs) (Value, error) { return None, t.extendInto(a[0], a[1]) },
	"insert": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		l := a[0].list()
		i, err := t.index(a[1], "list")
		if err != nil {
			return Value{}, err
		}
		n := int64(len(l.Items))
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		l.Items = append(l.Items, None)
		copy(l.Items[i+1:], l.Items[i:])
		l.Items[i] = a[2]
		return None, nil
	},
	"pop": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		l := a[0].list()
		if len(l.Items) == 0 {
			return Value{}, Errorf(IndexErrorType, "pop from empty list")
		}
		i := int64(len(l.Items) - 1)
		if len(a) > 1 {
			var err error
			if i, err = t.index(a[1], "list"); err != nil {
				return Value{}, err
			}
			if i < 0 {
				i += int64(len(l.Items))
			}
			if i < 0 || i >= int64(len(l.Items)) {
				return Value{}, Errorf(IndexErrorType, "pop index out of range")
			}
		}
		v := l.Items[i]
		l.Items = append(l.Items[:i], l.Items[i+1:]...)
		return v, nil
	},
	"remove": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		l := a[0].list()
		for i, x := range l.Items {
			eq, err := t.equal(x, a[1])
			if err != nil {
				return Value{}, err
			}
			if eq {
				l.Items = append(l.Items[:i], l.Items[i+1:]...)
				return None, nil
			}
		}
		return Value{}, Errorf(ValueErrorType, "list.remove(x): x not in list")
	},
	"index": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		return seqIndex(t, a, "")
	},
	"count": seqCount,
	"sort": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		key, reverse, err := sortArgs(kw, "sort")
		if err != nil {
			return Value{}, err
		}
		if len(a) > 1 {
			return Value{}, Errorf(TypeErrorType, "sort() takes no positional arguments")
		}
		return None, t.sortValues(a[0].list().Items, key, reverse)
	},
	"reverse": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		items := a[0].list().Items
		for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
			items[i], items[j] = items[j], items[i]
		}
		return None, nil
	},
	"copy": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		return NewList(append([]Value(nil), a[0].list().Items...)), nil
	},
	"clear": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		a[0].list().Items = nil
		return None, nil
	},
}

var tupleMethods = map[string]methodFunc{
	"index": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		return seqIndex(t, a, "tuple.index(x): x not in tuple")
	},
	"count": seqCount,
}

func seqIndex(t *Thread, a []Value, msg string) (Value, error) {
	items := seqItems(a[0])
	start, stop := int64(0), int64(len(items))
	if len(a) > 2 {
		sl := &SliceObj{Start: a[2], Stop: None, Step: None}
		if len(a) > 3 {
			sl.Stop = a[3]
		}
		var err error
		if start, stop, _, err = t.sliceIndices(sl, int64(len(items))); err != nil {
			return Value{}, err
		}
	}
	for i := start; i < stop; i++ {
		eq, err := t.equal(items[i], a[1])
		if err != nil {
			return Value{}, err
		}
		if eq {
			return Int(i), nil
		}
	}
	if msg == "" {
		r, err := t.repr(a[1])
		if err != nil {
			return Value{}, err
		}
		msg = r + " is not in list"
	}
	return Value{}, Errorf(ValueErrorType, "%s", msg)
}

func seqCount(t *Thread, a []Value, kw *Kwargs) (Value, error) {
	n := int64(0)
	for _, x := range seqItems(a[0]) {
		eq, err := t.equal(x, a[1])
		if err != nil {
			return Value{}, err
		}
		if eq {
			n++
		}
	}
	return Int(n), nil
}

var dictMethods = map[string]methodFunc{
	"get": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		if len(a) < 2 {
			return Value{}, Errorf(TypeErrorType, "get expected at least 1 argument, got 0")
		}
		v, ok, err := a[0].dict().Get(t, a[1])
		if err != nil || ok {
			return v, err
		}
		if len(a) > 2 {
			return a[2], nil
		}
		return None, nil
	},
	"keys": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		return dictView(a[0].dict(), 0, "dict_keys"), nil
	},
	"values": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		return dictView(a[0].dict(), 1, "dict_values"), nil
	},
	"items": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		return dictView(a[0].dict(), 2, "dict_items"), nil
	},
	"pop": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		d := a[0].dict()
		v, ok, err := d.Get(t, a[1])
		if err != nil {
			return Value{}, err
		}
		if !ok {
			if len(a) > 2 {
				return a[2], nil
			}
			return Value{}, NewException(KeyErrorType, a[1])
		}
		_, err = d.Delete(t, a[1])
		return v, err
	},
	"setdefault": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		d := a[0].dict()
		v, ok, err := d.Get(t, a[1])
		if err != nil || ok {
			return v, err
		}
		def := None
		if len(a) > 2 {
			def = a[2]
		}
		return def, d.Set(t, a[1], def)
	},
	"update": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		if len(a) > 1 {
			if err := t.dictInit(a[0].dict(), a[1]); err != nil {
				return Value{}, err
			}
		}
		for i, n := range kwNames(kw) {
			a[0].dict().SetStr(n, kw.Values[i])
		}
		return None, nil
	},
	"popitem": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		d := a[0].dict()
		for i := len(d.entries) - 1; i >= 0; i-- {
			e := d.entries[i]
			if !e.deleted {
				d.entries[i].deleted = true
				d.live--
				d.entries = d.entries[:i]
				d.grow()
				return newTupleFrom([]Value{e.key, e.val}), nil
			}
		}
		return Value{}, Errorf(KeyErrorType, "popitem(): dictionary is empty")
	},
	"copy": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		return ptrValue(KDict, unsafePointer(a[0].dict().Copy())), nil
	},
	"clear": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		a[0].dict().Clear()
		return None, nil
	},
}

func setOf(t *Thread, v Value) (*Set, error) {
	if v.kind == KSet || v.kind == KFrozenSet {
		return v.set(), nil
	}
	items, err := t.toSlice(v)
	if err != nil {
		return nil, err
	}
	s, err := t.newSetFrom(KSet, items)
	if err != nil {
		return nil, err
	}
	return s.set(), nil
}

var intMethods = map[string]methodFunc{
	"bit_length": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		return Int(int64(new(big.Int).Abs(toBig(a[0])).BitLen())), nil
	},
	"bit_count": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		n := 0
		for _, w := range new(big.Int).Abs(toBig(a[0])).Bits() {
			n += bits.OnesCount64(uint64(w))
		}
		return Int(int64(n)), nil
	},
	"to_bytes":  intToBytes,
	"conjugate": func(t *Thread, a []Value, kw *Kwargs) (Value, error) { return Int(0).orInt(a[0]), nil },
	"as_integer_ratio": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		return newTupleFrom([]Value{Int(0).orInt(a[0]), Int(1)}), nil
	},
	"is_integer": func(t *Thread, a []Value, kw *Kwargs) (Value, error) { return True, nil },
}

// intToBytes is int.to_bytes(length=1, byteorder='big', *, signed=False).
func intToBytes(t *Thread, a []Value, kw *Kwargs) (Value, error) {
	n := int64(1)
	if len(a) > 1 {
		if !isIntLike(a[1]) || a[1].kind == KBig {
			return Value{}, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(a[1]))
		}
		n = a[1].I()
	} else if v, ok := kw.Get("length"); ok {
		if !isIntLike(v) || v.kind == KBig {
			return Value{}, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(v))
		}
		n = v.I()
	}
	little, signed, err := byteOrderArgs(a, kw, 2)
	if err != nil {
		return Value{}, err
	}
	if n < 0 {
		return Value{}, Errorf(ValueErrorType, "length argument must be non-negative")
	}
	if n > maxItems {
		return Value{}, NewException(MemoryErrorType)
	}
	x := toBig(a[0])
	if x.Sign() < 0 {
		if !signed {
			return Value{}, Errorf(OverflowErrorType, "can't convert negative int to unsigned")
		}
		x = new(big.Int).Add(x, new(big.Int).Lsh(big.NewInt(1), uint(8*n)))
	}
	b := x.Bytes()
	overflow := int64(len(b)) > n || x.Sign() < 0
	if signed && !overflow && toBig(a[0]).Sign() >= 0 && len(b) == int(n) && n > 0 && b[0]&0x80 != 0 {
		overflow = true
	}
	if overflow {
		return Value{}, Errorf(OverflowErrorType, "int too big to convert")
	}
	out := make([]byte, n)
	copy(out[n-int64(len(b)):], b)
	if little {
		reverseBytes(out)
	}
	return NewBytes(out), nil
}

var floatMethods = map[string]methodFunc{
	"is_integer": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		f := a[0].F()
		return Bool(f == math.Trunc(f) && !math.IsInf(f, 0)), nil
	},
	"hex":       func(t *Thread, a []Value, kw *Kwargs) (Value, error) { return NewStr(floatHex(a[0].F())), nil },
	"conjugate": func(t *Thread, a []Value, kw *Kwargs) (Value, error) { return a[0], nil },
	"as_integer_ratio": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		f := a[0].F()
		if math.IsInf(f, 0) {
			return Value{}, Errorf(OverflowErrorType, "cannot convert Infinity to integer ratio")
		}
		if math.IsNaN(f) {
			return Value{}, Errorf(ValueErrorType, "cannot convert NaN to integer ratio")
		}
		r := new(big.Rat).SetFloat64(f)
		return newTupleFrom([]Value{BigIntValue(r.Num()), BigIntValue(r.Denom())}), nil
	},
}

// floatHex is float.hex: 0x1.<13 hex digits>p<exponent>.
func floatHex(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
	}
	if f == 0 {
		return sign + "0x0.0p+0"
	}
	b := math.Float64bits(f)
	exp := int((b >> 52) & 0x7ff)
	frac := b & (1<<52 - 1)
	lead := 1
	if exp == 0 {
		lead, exp = 0, 1
	}
	return fmt.Sprintf("%s0x%d.%013xp%+d", sign, lead, frac, exp-1023)
}

// floatFromHex is float.fromhex(s).
func floatFromHex(t *Thread, a []Value, kw *Kwargs) (Value, error) {
	if err := argCount("fromhex", a, 1, 1); err != nil {
		return Value{}, err
	}
	if a[0].kind != KStr {
		return Value{}, Errorf(TypeErrorType, "must be str, not %s", typeName(a[0]))
	}
	s := strings.TrimSpace(a[0].S())
	low := strings.ToLower(strings.TrimLeft(s, "+-"))
	switch low {
	case "inf", "infinity", "nan":
		return ctorFloat(t, FloatType, []Value{NewStr(s)}, nil)
	}
	h := s
	if !strings.Contains(strings.ToLower(h), "0x") {
		i := strings.IndexAny(h, "0123456789abcdefABCDEF.")
		if i >= 0 {
			h = h[:i] + "0x" + h[i:]
		}
	}
	if !strings.ContainsAny(h, "pP") {
		h += "p0"
	}
	f, err := strconv.ParseFloat(h, 64)
	if err != nil {
		if strings.Contains(err.Error(), "range") {
			return Value{}, Errorf(OverflowErrorType, "hexadecimal value too large to represent as a float")
		}
		return Value{}, Errorf(ValueErrorType, "invalid hexadecimal floating-point string")
	}
	return Float(f), nil
}

var genMethods = map[string]methodFunc{
	"send": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		v, ok, err := t.genSend(a[0], a[1])
		if err != nil {
			return Value{}, err
		}
		if !ok {
			return Value{}, NewException(StopIterationType, stopArgs(v)...)
		}
		return v, nil
	},
}
