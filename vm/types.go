package vm

import (
	"bufio"
	"io"
	"math"
	"math/big"
	"os"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/asl-lang/asl/compiler"
)

// Operators used by built-ins.
const (
	opAdd      = compiler.OpAdd
	opMod      = compiler.OpMod
	opPow      = compiler.OpPow
	opFloorDiv = compiler.OpFloorDiv
	opLt       = compiler.OpLt
	opGt       = compiler.OpGt
)

// More built-in types.
var (
	EnumerateType = newClass("enumerate", ObjectType, KIter)
	ZipType       = newClass("zip", ObjectType, KIter)
	MapType       = newClass("map", ObjectType, KIter)
	FilterType    = newClass("filter", ObjectType, KIter)
	ReversedType  = newClass("reversed", ObjectType, KIter)
	ComplexType   = newClass("complex", ObjectType, KComplex)
)

type ctorFunc func(t *Thread, cls *Class, args []Value, kw *Kwargs) (Value, error)

// constructors create instances of built-in types.
var constructors map[*Class]ctorFunc

func init() {
	constructors = map[*Class]ctorFunc{
		IntType: ctorInt, FloatType: ctorFloat, StrType: ctorStr, BoolType: ctorBool,
		ListType: ctorList, TupleType: ctorTuple, DictType: ctorDict, SetType: ctorSet,
		FrozenSetType: ctorSet, RangeType: ctorRange, ObjectType: ctorObject,
		PropertyType: ctorProperty, ClassMethodType: ctorWrapper, StaticMethodType: ctorWrapper,
		SuperType: ctorSuper, EnumerateType: ctorEnumerate, ZipType: ctorZip, MapType: ctorMap,
		FilterType: ctorFilter, ReversedType: ctorReversed, SliceType: ctorSlice,
		BytesType: ctorBytes, TypeType: ctorType,
		ExceptionGroupType: ctorExceptionGroup, BaseExceptionGroupType: ctorExceptionGroup,
	}
}

func ctorType(t *Thread, cls *Class, args []Value, kw *Kwargs) (Value, error) {
	if len(args) == 1 {
		return ClassValue(TypeOf(args[0])), nil
	}
	return Value{}, Errorf(TypeErrorType, "type() takes 1 argument")
}

func ctorObject(t *Thread, cls *Class, args []Value, kw *Kwargs) (Value, error) {
	if len(args) > 0 || kw.Len() > 0 {
		return Value{}, Errorf(TypeErrorType, "object() takes no arguments")
	}
	return InstValue(newInstance(ObjectType)), nil
}

func ctorInt(t *Thread, cls *Class, args []Value, kw *Kwargs) (Value, error) {
	if v, ok := kw.Get("base"); ok {
		args = append(args, v)
	}
	if len(args) == 0 {
		return Int(0), nil
	}
	if len(args) == 2 {
		if args[0].kind == KBytes {
			if !isIntLike(args[1]) || args[1].kind == KBig {
				return Value{}, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(args[1]))
			}
			return parseIntBytes(args[0], int(args[1].I()))
		}
		if args[0].kind != KStr {
			return Value{}, Errorf(TypeErrorType, "int() can't convert non-string with explicit base")
		}
		if !isIntLike(args[1]) || args[1].kind == KBig {
			return Value{}, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(args[1]))
		}
		return parseIntLiteral(args[0].S(), int(args[1].I()))
	}
	v := args[0]
	switch v.kind {
	case KInt, KBig:
		return v, nil
	case KBool:
		return Int(v.I()), nil
	case KFloat:
		f := v.F()
		if math.IsInf(f, 0) {
			return Value{}, Errorf(OverflowErrorType, "cannot convert float infinity to integer")
		}
		if math.IsNaN(f) {
			return Value{}, Errorf(ValueErrorType, "cannot convert float NaN to integer")
		}
		if math.Abs(f) < 1<<62 {
			return Int(int64(f)), nil
		}
		b, _ := new(big.Float).SetFloat64(math.Trunc(f)).Int(nil)
		return BigIntValue(b), nil
	case KStr:
		return parseIntLiteral(v.S(), 10)
	case KBytes:
		return parseIntBytes(v, 10)
	case KInst:
		for _, m := range []string{"__int__", "__index__"} {
			if fn, ok := v.inst().Class.Lookup(m); ok {
				return t.call(fn, []Value{v}, nil)
			}
		}
		if p, ok := payloadOf(v); ok {
			return ctorInt(t, cls, []Value{p}, nil)
		}
	}
	return Value{}, Errorf(TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '%s'", typeName(v))
}

// parseIntBytes is int(b, base) for bytes: ASCII digits only, and the
// bytes' repr in the error.
func parseIntBytes(b Value, base int) (Value, error) {
	raw := b.bytes().B
	for _, c := range raw {
		if c >= 0x80 {
			return Value{}, Errorf(ValueErrorType, "invalid literal for int() with base %d: %s", base, plainRepr(b))
		}
	}
	v, err := parseIntLiteral(string(raw), base)
	if e, ok := err.(*Exception); ok && e.Value.inst().Class == ValueErrorType && strings.Contains(e.Error(), "invalid literal") {
		return Value{}, Errorf(ValueErrorType, "invalid literal for int() with base %d: %s", base, plainRepr(b))
	}
	return v, err
}

// parseIntLiteral is int(s, base).
// asciiDigits replaces the Unicode decimal digits of s (category Nd, which
// int() accepts) with their ASCII equivalents.
func asciiDigits(s string) string {
	if isASCII(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r < 128 || !unicode.IsDigit(r) {
			return r
		}
		// Nd digits come in runs of ten starting at a zero.
		start := r
		for unicode.IsDigit(start - 1) {
			start--
		}
		return '0' + (r-start)%10
	}, s)
}

// smallDecimal parses the common case of int(s): an optional sign and at
// most 18 ASCII digits, nothing else.
func smallDecimal(s string) (int64, bool) {
	neg := false
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		neg, s = s[0] == '-', s[1:]
	}
	if len(s) == 0 || len(s) > 18 {
		return 0, false
	}
	var n int64
	for i := 0; i < len(s); i++ {
		c := s[i] - '0'
		if c > 9 {
			return 0, false
		}
		n = n*10 + int64(c)
	}
	if neg {
		n = -n
	}
	return n, true
}

func parseIntLiteral(s string, base int) (Value, error) {
	if base != 0 && (base < 2 || base > 36) {
		return Value{}, Errorf(ValueErrorType, "int() base must be >= 2 and <= 36, or 0")
	}
	if base == 10 {
		if v, ok := smallDecimal(s); ok {
			return Int(v), nil
		}
	}
	orig := s
	s = asciiDigits(strings.TrimFunc(s, isPySpace))
	neg := false
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	lower := strings.ToLower(s)
	if base == 0 || base == 16 || base == 8 || base == 2 {
		switch {
		case strings.HasPrefix(lower, "0x") && (base == 0 || base == 16):
			s, base = s[2:], 16
		case strings.HasPrefix(lower, "0o") && (base == 0 || base == 8):
			s, base = s[2:], 8
		case strings.HasPrefix(lower, "0b") && (base == 0 || base == 2):
			s, base = s[2:], 2
		case base == 0:
			base = 10
			if len(s) > 1 && s[0] == '0' && strings.Trim(s, "0_") != "" {
				return Value{}, Errorf(ValueErrorType, "invalid literal for int() with base 0: %s", plainRepr(NewStr(orig)))
			}
		}
		if len(s) > 0 && s[0] == '_' {
			s = s[1:]
		}
	}
	ok := s != "" && !strings.HasPrefix(s, "_") && !strings.HasSuffix(s, "_") && !strings.Contains(s, "__")
	digits := strings.ReplaceAll(s, "_", "")
	if base&(base-1) != 0 && len(digits) > maxStrDigits {
		return Value{}, Errorf(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", maxStrDigits, len(digits))
	}
	b, good := new(big.Int).SetString(digits, base)
	if !ok || !good || base < 2 || base > 36 {
		if base < 2 || base > 36 {
			return Value{}, Errorf(ValueErrorType, "int() base must be >= 2 and <= 36, or 0")
		}
		return Value{}, Errorf(ValueErrorType, "invalid literal for int() with base %d: %s", base, plainRepr(NewStr(orig)))
	}
	if neg {
		b.Neg(b)
	}
	return BigIntValue(b), nil
}

func ctorFloat(t *Thread, cls *Class, args []Value, kw *Kwargs) (Value, error) {
	if len(args) == 0 {
		return Float(0), nil
	}
	v := args[0]
	switch v.kind {
	case KFloat:
		return v, nil
	case KInt, KBool, KBig:
		f, err := toFloat(v)
		return Float(f), err
	case KStr:
		s := strings.TrimSpace(v.S())
		switch strings.ToLower(strings.TrimLeft(s, "+-")) {
		case "inf", "infinity":
			if strings.HasPrefix(s, "-") {
				return Float(math.Inf(-1)), nil
			}
			return Float(math.Inf(1)), nil
		case "nan":
			return Float(math.NaN()), nil
		}
		clean := s
		if strings.Contains(s, "_") {
			if strings.Contains(s, "__") || strings.HasPrefix(s, "_") || strings.HasSuffix(s, "_") {
				clean = "x"
			} else {
				clean = strings.ReplaceAll(s, "_", "")
			}
		}
		f, err := strconv.ParseFloat(clean, 64)
		if err != nil && !strings.Contains(err.Error(), "range") || strings.ContainsAny(clean, "xXpP") {
			return Value{}, Errorf(ValueErrorType, "could not convert string to float: %s", plainRepr(v))
		}
		return Float(f), nil
	case KInst:
		if fn, ok := v.inst().Class.Lookup("__float__"); ok {
			return t.call(fn, []Value{v}, nil)
		}
		if p, ok := payloadOf(v); ok {
			return ctorFloat(t, cls, []Value{p}, nil)
		}
	}
	return Value{}, Errorf(TypeErrorType, "float() argument must be a string or a real number, not '%s'", typeName(v))
}

func ctorStr(t *Thread, cls *Class, args []Value, kw *Kwargs) (Value, error) {
	if len(args) == 0 {
		return NewStr(""), nil
	}
	if len(args) >= 2 && args[0].kind == KBytes {
		return NewStr(string(args[0].bytes().B)), nil
	}
	s, err := t.str(args[0])
	return NewStr(s), err
}

func ctorBool(t *Thread, cls *Class, args []Value, kw *Kwargs) (Value, error) {
	if len(args) == 0 {
		return False, nil
	}
	b, err := t.truth(args[0])
	return Bool(b), err
}

func ctorList(t *Thread, cls *Class, args []Value, kw *Kwargs) (Value, error) {
	if len(args) == 0 {
		return NewList(nil), nil
	}
	items, err := t.toSlice(args[0])
	return NewList(items), err
}

func ctorTuple(t *Thread, cls *Class, args []Value, kw *Kwargs) (Value, error) {
	if len(args) == 0 {
		return NewTuple(nil), nil
	}
	if args[0].kind == KTuple {
		return args[0], nil
	}
	items, err := t.toSlice(args[0])
	return NewTuple(items), err
}

func ctorDict(t *Thread, cls *Class, args []Value, kw *Kwargs) (Value, error) {
	d := NewDict()
	if len(args) > 0 {
		if err := t.dictInit(d.dict(), args[0]); err != nil {
			return Value{}, err
		}
	}
	for i, n := range kwNames(kw) {
		d.dict().SetStr(n, kw.Values[i])
	}
	return d, nil
}

// dictInit fills a dict from a mapping or an iterable of pairs.
func (t *Thread) dictInit(d *Dict, src Value) error {
	if src.kind == KDict {
		return t.dictUpdate(ptrValue(KDict, unsafePointer(d)), src, false)
	}
	if src.kind == KInst {
		if p, ok := payloadOf(src); ok && p.kind == KDict {
			return t.dictUpdate(ptrValue(KDict, unsafePointer(d)), src, false)
		}
		if _, ok := src.inst().Class.Lookup("keys"); ok {
			return t.dictUpdate(ptrValue(KDict, unsafePointer(d)), src, false)
		}
	}
	i := 0
	return t.iterate(src, func(x Value) error {
		pair, err := t.toSlice(x)
		if err != nil {
			return Errorf(TypeErrorType, "cannot convert dictionary update sequence element #%d to a sequence", i)
		}
		if len(pair) != 2 {
			return Errorf(ValueErrorType, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		i++
		return d.Set(t, pair[0], pair[1])
	})
}

func ctorSet(t *Thread, cls *Class, args []Value, kw *Kwargs) (Value, error) {
	kind := KSet
	if cls == FrozenSetType {
		kind = KFrozenSet
	}
	if len(args) == 0 {
		return t.newSetFrom(kind, nil)
	}
	items, err := t.toSlice(args[0])
	if err != nil {
		return Value{}, err
	}
	return t.newSetFrom(kind, items)
}

func ctorRange(t *Thread, cls *Class, args []Value, kw *Kwargs) (Value, error) {
	if err := positionalCount("range", len(args), 1, 3); err != nil {
		return Value{}, err
	}
	if v, ok, err := t.bigRangeOf(args); ok || err != nil {
		return v, err
	}
	var vals [3]int64
	for i, a := range args {
		if !isIntLike(a) || a.kind == KBig {
			if a.kind == KInst {
				n, err := t.index(a, "range")
				if err == nil {
					vals[i] = n
					continue
				}
			}
			return Value{}, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(a))
		}
		vals[i] = a.I()
	}
	r := &Range{Step: 1}
	switch len(args) {
	case 1:
		r.Stop = vals[0]
	case 2:
		r.Start, r.Stop = vals[0], vals[1]
	case 3:
		r.Start, r.Stop, r.Step = vals[0], vals[1], vals[2]
		if r.Step == 0 {
			return Value{}, Errorf(ValueErrorType, "range() arg 3 must not be zero")
		}
	}
	return ptrValue(KRange, unsafePointer(r)), nil
}

// smallRangeIter is iter(range(*args)) for a for loop, when the
// arguments are machine ints and the step is not zero; otherwise it
// reports false and the general path (with its errors) runs. The iterator
// lives only in the loop's register, so once exhausted it is reused.
func (t *Thread) smallRangeIter(args []Value) (Value, bool) {
	r := [3]int64{0, 0, 1}
	for _, a := range args {
		if a.kind != KInt {
			return Value{}, false
		}
	}
	switch len(args) {
	case 1:
		r[1] = args[0].I()
	case 2, 3:
		for i, a := range args {
			r[i] = a.I()
		}
	default:
		return Value{}, false
	}
	if r[2] == 0 {
		return Value{}, false
	}
	it := t.spareRangeIter
	if it != nil {
		t.spareRangeIter = nil
	} else {
		it = &Iterator{kind: iterRange, private: true}
	}
	it.i, it.stop, it.step = r[0], r[1], r[2]
	return iterValue(it), true
}

func ctorSlice(t *Thread, cls *Class, args []Value, kw *Kwargs) (Value, error) {
	s := &SliceObj{Start: None, Stop: None, Step: None}
	switch len(args) {
	case 1:
		s.Stop = args[0]
	case 2:
		s.Start, s.Stop = args[0], args[1]
	case 3:
		s.Start, s.Stop, s.Step = args[0], args[1], args[2]
	default:
		return Value{}, Errorf(TypeErrorType, "slice expected at least 1 argument, got %d", len(args))
	}
	return ptrValue(KSlice, unsafePointer(s)), nil
}

func ctorBytes(t *Thread, cls *Class, args []Value, kw *Kwargs) (Value, error) {
	if len(args) == 0 {
		return NewBytes(nil), nil
	}
	v := args[0]
	switch v.kind {
	case KStr:
		_, hasEnc := kw.Get("encoding")
		if len(args) < 2 && !hasEnc {
			return Value{}, Errorf(TypeErrorType, "string argument without an encoding")
		}
		return strEncode(t, args, kw)
	case KInt:
		if v.I() < 0 {
			return Value{}, Errorf(ValueErrorType, "negative count")
		}
		if v.I() > maxItems {
			return Value{}, NewException(MemoryErrorType)
		}
		return NewBytes(make([]byte, v.I())), nil
	case KBytes:
		return v, nil
	}
	items, err := t.toSlice(v)
	if err != nil {
		return Value{}, err
	}
	out := make([]byte, len(items))
	for i, x := range items {
		if !isIntLike(x) || x.I() < 0 || x.I() > 255 {
			return Value{}, Errorf(ValueErrorType, "bytes must be in range(0, 256)")
		}
		out[i] = byte(x.I())
	}
	return NewBytes(out), nil
}

func ctorProperty(t *Thread, cls *Class, args []Value, kw *Kwargs) (Value, error) {
	inst := newInstance(PropertyType)
	names := []string{"fget", "fset", "fdel", "doc"}
	for i, n := range names {
		v := None
		if i < len(args) {
			v = args[i]
		}
		if x, ok := kw.Get(n); ok {
			v = x
		}
		inst.NS().SetStr(n, v)
	}
	return InstValue(inst), nil
}

func ctorWrapper(t *Thread, cls *Class, args []Value, kw *Kwargs) (Value, error) {
	if len(args) != 1 {
		return Value{}, Errorf(TypeErrorType, "%s expected 1 argument, got %d", cls.Name, len(args))
	}
	inst := newInstance(cls)
	inst.NS().SetStr("__func__", args[0])
	return InstValue(inst), nil
}

func ctorSuper(t *Thread, cls *Class, args []Value, kw *Kwargs) (Value, error) {
	var this, self Value
	switch len(args) {
	case 2:
		this, self = args[0], args[1]
	case 0:
		f := t.cur
		if f == nil || f.code.ArgCount == 0 {
			return Value{}, Errorf(RuntimeErrorType, "super(): no arguments")
		}
		self = f.regs[0]
		if k := f.code.cellIndex("__class__"); k >= 0 && f.cells[k].Bound {
			this = f.cells[k].V
		} else {
			return Value{}, Errorf(RuntimeErrorType, "super(): __class__ cell not found")
		}
	default:
		return Value{}, Errorf(TypeErrorType, "super() takes 0 or 2 arguments")
	}
	if this.kind != KClass {
		return Value{}, Errorf(TypeErrorType, "super() argument 1 must be a type, not %s", typeName(this))
	}
	if !(self.kind == KClass && self.class().IsSubclass(this.class())) && !TypeOf(self).IsSubclass(this.class()) {
		return Value{}, Errorf(TypeErrorType, "super(type, obj): obj must be an instance or subtype of type")
	}
	inst := allocInstance(SuperType, 2)
	_ = inst.NS().Set(t, superThisKey, this)
	_ = inst.NS().Set(t, superSelfKey, self)
	return InstValue(inst), nil
}

// The attribute names of a super object, made once so each super() call
// neither allocates nor hashes them.
var (
	superThisKey = sharedStr("__thisclass__")
	superSelfKey = sharedStr("__self__")
)

// cellIndex finds a cell or free variable by name, or -1.
func (c *Code) cellIndex(name string) int {
	for i, n := range c.CellNames {
		if n == name {
			return i
		}
	}
	for i, n := range c.FreeNames {
		if n == name {
			return len(c.CellNames) + i
		}
	}
	return -1
}

func funcIter(name string, fn func(t *Thread) (Value, bool, error)) Value {
	return iterValue(&Iterator{kind: iterFunc, fn: fn, name: name})
}

func ctorEnumerate(t *Thread, cls *Class, args []Value, kw *Kwargs) (Value, error) {
	if len(args) < 1 {
		return Value{}, Errorf(TypeErrorType, "enumerate() missing required argument 'iterable' (pos 1)")
	}
	it, err := t.getIter(args[0])
	if err != nil {
		return Value{}, err
	}
	i := Int(0)
	if len(args) > 1 {
		i = args[1]
	}
	if v, ok := kw.Get("start"); ok {
		i = v
	}
	return pairIter("enumerate", func(t *Thread) (Value, Value, bool, error) {
		x, ok, err := t.next(it)
		if err != nil || !ok {
			return Value{}, Value{}, false, err
		}
		n := i
		if i.kind == KInt && i.I() < math.MaxInt64 {
			i = Int(i.I() + 1)
		} else {
			i, err = t.binary(opAdd, i, Int(1))
		}
		return n, x, true, err
	}), nil
}

func ctorZip(t *Thread, cls *Class, args []Value, kw *Kwargs) (Value, error) {
	its := make([]Value, len(args))
	for i, a := range args {
		it, err := t.getIter(a)
		if err != nil {
			return Value{}, Errorf(TypeErrorType, "zip argument #%d must support iteration", i+1)
		}
		its[i] = it
	}
	strict := false
	if v, ok := kw.Get("strict"); ok {
		strict = v.kind == KBool && v.bits != 0
	}
	return funcIter("zip", func(t *Thread) (Value, bool, error) {
		if len(its) == 0 {
			return Value{}, false, nil
		}
		items := make([]Value, len(its))
		for i, it := range its {
			x, ok, err := t.next(it)
			if err != nil {
				return Value{}, false, err
			}
			if !ok {
				if strict && i > 0 {
					return Value{}, false, Errorf(ValueErrorType, "zip() argument %d is shorter than argument 1", i+1)
				}
				return Value{}, false, nil
			}
			items[i] = x
		}
		return NewTuple(items), true, nil
	}), nil
}

func ctorMap(t *Thread, cls *Class, args []Value, kw *Kwargs) (Value, error) {
	if len(args) < 2 {
		return Value{}, Errorf(TypeErrorType, "map() must have at least two arguments.")
	}
	fn := args[0]
	its := make([]Value, len(args)-1)
	for i, a := range args[1:] {
		it, err := t.getIter(a)
		if err != nil {
			return Value{}, err
		}
		its[i] = it
	}
	// A simple asl function copies its arguments into its frame, so one
	// argument slice can serve every call.
	var reuse []Value
	if asSimpleFunc(fn, len(its)) != nil {
		reuse = make([]Value, len(its))
	}
	return funcIter("map", func(t *Thread) (Value, bool, error) {
		items := reuse
		if items == nil {
			items = make([]Value, len(its))
		}
		for i, it := range its {
			x, ok, err := t.next(it)
			if err != nil || !ok {
				return Value{}, false, err
			}
			items[i] = x
		}
		r, err := t.call(fn, items, nil)
		return r, err == nil, err
	}), nil
}

func ctorFilter(t *Thread, cls *Class, args []Value, kw *Kwargs) (Value, error) {
	if len(args) != 2 {
		return Value{}, Errorf(TypeErrorType, "filter expected 2 arguments, got %d", len(args))
	}
	fn := args[0]
	it, err := t.getIter(args[1])
	if err != nil {
		return Value{}, err
	}
	var reuse []Value // as in map
	if asSimpleFunc(fn, 1) != nil {
		reuse = make([]Value, 1)
	}
	return funcIter("filter", func(t *Thread) (Value, bool, error) {
		for {
			x, ok, err := t.next(it)
			if err != nil || !ok {
				return Value{}, false, err
			}
			keep := x
			if fn.kind != KNone {
				arg := reuse
				if arg == nil {
					arg = make([]Value, 1)
				}
				arg[0] = x
				if keep, err = t.call(fn, arg, nil); err != nil {
					return Value{}, false, err
				}
			}
			b, err := t.truth(keep)
			if err != nil {
				return Value{}, false, err
			}
			if b {
				return x, true, nil
			}
		}
	}), nil
}

func ctorReversed(t *Thread, cls *Class, args []Value, kw *Kwargs) (Value, error) {
	if len(args) != 1 {
		return Value{}, Errorf(TypeErrorType, "reversed expected 1 argument, got %d", len(args))
	}
	v := args[0]
	var items []Value
	switch v.kind {
	case KList, KTuple:
		items = seqItems(v)
	case KRange:
		r := v.rng()
		n := r.Len()
		rr := &Range{Start: r.Start + (n-1)*r.Step, Stop: r.Start - r.Step, Step: -r.Step}
		return iterValue(&Iterator{kind: iterRange, i: rr.Start, stop: rr.Stop, step: rr.Step, name: "range_iterator"}), nil
	case KStr, KBytes:
		s, err := t.toSlice(v)
		if err != nil {
			return Value{}, err
		}
		items = s
	case KDict:
		items = v.dict().Keys()
	case KClass:
		if r, ok, err := t.callMetaMethod(v, "__reversed__"); ok {
			return r, err
		}
	case KInst:
		if m, ok := v.inst().Class.Lookup("__reversed__"); ok {
			return t.call(m, []Value{v}, nil)
		}
		if p, ok := payloadOf(v); ok {
			return ctorReversed(t, ReversedType, []Value{p}, nil)
		}
		n, err := t.length(v)
		if err != nil {
			return Value{}, Errorf(TypeErrorType, "'%s' object is not reversible", typeName(v))
		}
		i := n - 1
		return funcIter("reversed", func(t *Thread) (Value, bool, error) {
			if i < 0 {
				return Value{}, false, nil
			}
			x, err := t.getItem(v, Int(i))
			i--
			return x, err == nil, err
		}), nil
	default:
		return Value{}, Errorf(TypeErrorType, "'%s' object is not reversible", typeName(v))
	}
	i := len(items) - 1
	src := items
	return funcIter("reversed", func(t *Thread) (Value, bool, error) {
		if v.kind == KList {
			src = v.list().Items
			if i >= len(src) {
				i = -1
			}
		}
		if i < 0 {
			return Value{}, false, nil
		}
		x := src[i]
		i--
		return x, true, nil
	}), nil
}

// bRound is round(x[, n]) with round-half-even.
func bRound(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if err := argCount("round", args, 1, 2); err != nil {
		return Value{}, err
	}
	v := args[0]
	nd := None
	if len(args) == 2 {
		nd = args[1]
	}
	if nd.kind != KNone && nd.kind != KInt && nd.kind != KBool {
		if nd.kind == KBig {
			return Value{}, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		return Value{}, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(nd))
	}
	switch v.kind {
	case KInt, KBool, KBig:
		if nd.kind == KNone || nd.I() >= 0 {
			return Int(0).orInt(v), nil
		}
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-nd.I()), nil)
		q, r := new(big.Int).DivMod(toBig(v), p, new(big.Int))
		twice := new(big.Int).Mul(r, big.NewInt(2))
		if c := twice.Cmp(p); c > 0 || c == 0 && q.Bit(0) == 1 {
			q.Add(q, big.NewInt(1))
		}
		return BigIntValue(q.Mul(q, p)), nil
	case KFloat:
		f := v.F()
		if nd.kind == KNone {
			if math.IsInf(f, 0) {
				return Value{}, Errorf(OverflowErrorType, "cannot convert float infinity to integer")
			}
			if math.IsNaN(f) {
				return Value{}, Errorf(ValueErrorType, "cannot convert float NaN to integer")
			}
			r := math.RoundToEven(f)
			if math.Abs(r) < 1<<62 {
				return Int(int64(r)), nil
			}
			b, _ := new(big.Float).SetFloat64(r).Int(nil)
			return BigIntValue(b), nil
		}
		n := int(nd.I())
		if nd.I() > 400 || math.IsInf(f, 0) || math.IsNaN(f) {
			return v, nil // more digits than a double has
		}
		if nd.I() < -400 {
			return Float(math.Copysign(0, f)), nil
		}
		s := strconv.FormatFloat(f, 'f', max(n, 0), 64)
		if n < 0 {
			p := math.Pow(10, float64(-n))
			return Float(math.RoundToEven(f/p) * p), nil
		}
		r, _ := strconv.ParseFloat(s, 64)
		return Float(r), nil
	case KInst:
		if m, ok := v.inst().Class.Lookup("__round__"); ok {
			return t.call(m, args, nil)
		}
		if p, ok := payloadOf(v); ok {
			return bRound(t, append([]Value{p}, args[1:]...), kw)
		}
	}
	return Value{}, Errorf(TypeErrorType, "type %s doesn't define __round__ method", typeName(v))
}

// orInt returns v as an int (bools become ints).
func (Value) orInt(v Value) Value {
	if v.kind == KBool {
		return Int(v.I())
	}
	return v
}

var stdin *bufio.Reader

// stdinMu guards stdin, read with the VM lock let go.
var stdinMu sync.Mutex

// readLine reads a line of standard input for input().
func (t *Thread) readLine() (string, error) {
	var line string
	var err error
	t.Blocking(func() {
		stdinMu.Lock()
		defer stdinMu.Unlock()
		if stdin == nil {
			stdin = bufio.NewReader(os.Stdin)
		}
		line, err = stdin.ReadString('\n')
	})
	if err == io.EOF && line == "" {
		return "", NewException(EOFErrorType, NewStr("EOF when reading a line"))
	}
	return strings.TrimSuffix(line, "\n"), nil
}

// EOFErrorType is raised by input() at end of file.
var EOFErrorType = excClass("EOFError", ExceptionType)

// bigRangeOf makes a range beyond int64 when an argument needs it.
func (t *Thread) bigRangeOf(args []Value) (Value, bool, error) {
	big := false
	for _, a := range args {
		big = big || a.kind == KBig
	}
	if !big {
		return Value{}, false, nil
	}
	for _, a := range args {
		if !isIntLike(a) {
			return Value{}, true, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(a))
		}
	}
	start, stop, step := Int(0), args[0], Int(1)
	if len(args) > 1 {
		start, stop = args[0], args[1]
	}
	if len(args) > 2 {
		step = args[2]
		if toBig(step).Sign() == 0 {
			return Value{}, true, Errorf(ValueErrorType, "range() arg 3 must not be zero")
		}
	}
	return newBigRange(Int(0).orInt(start), Int(0).orInt(stop), Int(0).orInt(step)), true, nil
}
