package vm

import (
	"hash/maphash"
	"math"
	"math/big"

	"github.com/asl-lang/asl/compiler"
)

var hashSeed = maphash.MakeSeed()

func strHash(s string) uint64 { return maphash.String(hashSeed, s) }

// hashModulus is the modulus of Python's numeric hash, so that equal
// numbers of different types hash alike.
const hashModulus = (1 << 61) - 1

func intHash(i int64) uint64 {
	if i >= 0 {
		return uint64(i) % hashModulus
	}
	h := -int64(uint64(-i) % hashModulus)
	if h == -1 {
		h = -2
	}
	return uint64(h)
}

// hash returns the hash of a dict key or set member.
func (t *Thread) hash(v Value) (uint64, error) {
	switch v.kind {
	case KInt, KBool:
		return intHash(v.I()), nil
	case KStr:
		return v.str().Hash(), nil
	case KFloat:
		f := v.F()
		if f == math.Trunc(f) && math.Abs(f) < 1<<63 {
			return intHash(int64(f)), nil
		}
		return math.Float64bits(f) * 0x9E3779B97F4A7C15, nil
	case KBig:
		m := new(big.Int).Mod(v.big(), big.NewInt(hashModulus))
		if v.big().Sign() < 0 {
			m.Sub(m, big.NewInt(hashModulus))
		}
		return uint64(m.Int64()), nil
	case KNone, KEllipsis, KNotImpl:
		return uint64(v.kind) * 0x51ED27, nil
	case KTuple:
		h := uint64(0x345678)
		for _, x := range v.tuple().Items {
			if err := t.step(); err != nil {
				return 0, err
			}
			xh, err := t.hash(x)
			if err != nil {
				return 0, err
			}
			h = (h ^ xh) * 1000003
		}
		return h, nil
	case KBytes:
		return strHash(string(v.bytes().B)), nil
	case KFrozenSet:
		h := uint64(0)
		var err error
		v.set().d.Items(func(k, _ Value) bool {
			// The members' hashes are stored, but a member's own hash
			// may be costly (a frozenset of frozensets): it is recomputed.
			if err = t.step(); err != nil {
				return false
			}
			var kh uint64
			kh, err = t.hash(k)
			h ^= kh*0x9E3779B97F4A7C15 + 0x7F4A7C15
			return err == nil
		})
		return h, err
	case KList, KDict, KSet, KSlice:
		return 0, Errorf(TypeErrorType, "unhashable type: '%s'", typeName(v))
	case KInst:
		cls := v.inst().Class
		if m, ok := cls.Lookup("__hash__"); ok {
			if m.kind == KNone {
				return 0, Errorf(TypeErrorType, "unhashable type: '%s'", cls.Name)
			}
			r, err := t.call(m, []Value{v}, nil)
			if err != nil {
				return 0, err
			}
			if r = asInt(r); !isIntLike(r) {
				return 0, Errorf(TypeErrorType, "__hash__ method should return an integer")
			}
			if r.kind == KInt && r.I() != -1 {
				return uint64(r.I()), nil // a machine-size result is the hash itself, as in CPython
			}
			return t.hash(r)
		}
		if _, ok := cls.Lookup("__eq__"); ok {
			return 0, Errorf(TypeErrorType, "unhashable type: '%s'", cls.Name)
		}
		if p, ok := payloadOf(v); ok {
			if k := p.kind; k == KList || k == KDict || k == KSet {
				return 0, Errorf(TypeErrorType, "unhashable type: '%s'", cls.Name)
			}
			return t.hash(p)
		}
	}
	return uint64(uintptr(v.ptr)) * 0x9E3779B97F4A7C15, nil
}

// equalKeys compares two keys for dict lookup (identity was checked).
func (t *Thread) equalKeys(a, b Value) (bool, error) {
	if t == nil {
		return a.kind == KStr && b.kind == KStr && a.S() == b.S(), nil
	}
	return t.equal(a, b)
}

// equal is Python's ==.
func (t *Thread) equal(a, b Value) (bool, error) {
	if Is(a, b) && a.kind != KFloat {
		return true, nil
	}
	switch {
	case a.kind == KStr && b.kind == KStr:
		return a.S() == b.S(), nil
	case isNumber(a) && isNumber(b):
		return numCompare(compiler.OpEq, a, b), nil
	}
	r, err := t.compare(compiler.OpEq, a, b)
	if err != nil {
		return false, err
	}
	return t.truth(r)
}

func isNumber(v Value) bool {
	return v.kind == KInt || v.kind == KBool || v.kind == KFloat || v.kind == KBig
}

// numCompare compares two real numbers exactly, as CPython does.
func numCompare(op compiler.Op, a, b Value) bool {
	var c int
	switch {
	case a.kind != KFloat && b.kind != KFloat:
		if a.kind != KBig && b.kind != KBig {
			x, y := a.I(), b.I()
			switch {
			case x < y:
				c = -1
			case x > y:
				c = 1
			}
		} else {
			c = toBig(a).Cmp(toBig(b))
		}
	default:
		x, xf := numAsBigFloat(a)
		y, yf := numAsBigFloat(b)
		if math.IsNaN(xf) || math.IsNaN(yf) {
			return op == compiler.OpNe
		}
		if math.IsInf(xf, 0) || math.IsInf(yf, 0) {
			switch {
			case xf < yf:
				c = -1
			case xf > yf:
				c = 1
			}
		} else {
			c = x.Cmp(y)
		}
	}
	return cmpResult(op, c)
}

func numAsBigFloat(v Value) (*big.Float, float64) {
	switch v.kind {
	case KFloat:
		f := v.F()
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, f
		}
		return new(big.Float).SetFloat64(f), f
	case KBig:
		return new(big.Float).SetInt(v.big()), 0
	}
	return new(big.Float).SetInt64(v.I()), float64(v.I())
}

var cmpDunders = map[compiler.Op][2]string{
	compiler.OpLt: {"__lt__", "__gt__"}, compiler.OpLe: {"__le__", "__ge__"},
	compiler.OpGt: {"__gt__", "__lt__"}, compiler.OpGe: {"__ge__", "__le__"},
	compiler.OpEq: {"__eq__", "__eq__"}, compiler.OpNe: {"__ne__", "__ne__"},
}

var cmpSymbols = map[compiler.Op]string{
	compiler.OpLt: "<", compiler.OpLe: "<=", compiler.OpGt: ">", compiler.OpGe: ">=",
	compiler.OpEq: "==", compiler.OpNe: "!=",
}

// compare applies a rich comparison.
func (t *Thread) compare(op compiler.Op, a, b Value) (Value, error) {
	if isNumber(a) && isNumber(b) {
		return Bool(numCompare(op, a, b)), nil
	}
	if a.kind == KStr && b.kind == KStr {
		return Bool(cmpResult(op, compareStrings(a.S(), b.S()))), nil
	}
	if (a.kind == KList && b.kind == KList) || (a.kind == KTuple && b.kind == KTuple) {
		return t.compareSeq(op, seqItems(a), seqItems(b))
	}
	if a.kind == KInst || b.kind == KInst {
		names := cmpDunders[op]
		if a.kind == KInst {
			if m, ok := a.inst().Class.Lookup(names[0]); ok {
				r, err := t.call(m, []Value{a, b}, nil)
				if err != nil || r.kind != KNotImpl {
					return r, err
				}
			}
		}
		if b.kind == KInst {
			if m, ok := b.inst().Class.Lookup(names[1]); ok {
				r, err := t.call(m, []Value{b, a}, nil)
				if err != nil || r.kind != KNotImpl {
					return r, err
				}
			}
		}
		if op == compiler.OpNe && a.kind == KInst {
			if m, ok := a.inst().Class.Lookup("__eq__"); ok {
				r, err := t.call(m, []Value{a, b}, nil)
				if err != nil || r.kind == KNotImpl {
					return Bool(!Is(a, b)), err
				}
				tr, err := t.truth(r)
				return Bool(!tr), err
			}
		}
		if pa, pb := unwrapPayload(a), unwrapPayload(b); !Is(pa, a) || !Is(pb, b) {
			if r, err := t.compare(op, pa, pb); err == nil || op == compiler.OpEq || op == compiler.OpNe {
				return r, err
			}
			return Value{}, Errorf(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'", cmpSymbols[op], typeName(a), typeName(b))
		}
	}
	if v, ok, err := t.compareBuiltin(op, a, b); ok || err != nil {
		return v, err
	}
	switch op {
	case compiler.OpEq:
		return Bool(Is(a, b)), nil
	case compiler.OpNe:
		return Bool(!Is(a, b)), nil
	}
	return Value{}, Errorf(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'", cmpSymbols[op], typeName(a), typeName(b))
}

func cmpResult(op compiler.Op, c int) bool {
	switch op {
	case compiler.OpLt:
		return c < 0
	case compiler.OpLe:
		return c <= 0
	case compiler.OpGt:
		return c > 0
	case compiler.OpGe:
		return c >= 0
	case compiler.OpEq:
		return c == 0
	}
	return c != 0
}

// compareStrings orders strings by code point (UTF-8 byte order is the
// same).
func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func seqItems(v Value) []Value {
	if v.kind == KList {
		return v.list().Items
	}
	return v.tuple().Items
}

// compareSeq compares lists or tuples lexicographically.
func (t *Thread) compareSeq(op compiler.Op, a, b []Value) (Value, error) {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if err := t.step(); err != nil {
			return Value{}, err
		}
		eq, err := t.equalItems(a[i], b[i])
		if err != nil {
			return Value{}, err
		}
		if !eq {
			if op == compiler.OpEq {
				return False, nil
			}
			if op == compiler.OpNe {
				return True, nil
			}
			return t.compare(op, a[i], b[i])
		}
	}
	return Bool(cmpResult(op, len(a)-len(b))), nil
}

// truth is Python's bool(v).
func (t *Thread) truth(v Value) (bool, error) {
	switch v.kind {
	case KBool, KInt:
		return v.bits != 0, nil
	case KNone:
		return false, nil
	case KFloat:
		return v.F() != 0, nil
	case KStr:
		return len(v.S()) > 0, nil
	case KList:
		return len(v.list().Items) > 0, nil
	case KTuple:
		return len(v.tuple().Items) > 0, nil
	case KDict:
		return v.dict().Len() > 0, nil
	case KBig:
		return v.big().Sign() != 0, nil
	case KSet, KFrozenSet:
		return v.set().d.Len() > 0, nil
	case KBytes:
		return len(v.bytes().B) > 0, nil
	case KRange:
		return v.rng().Len() > 0, nil
	case KComplex:
		return v.complex() != 0, nil
	case KInst:
		cls := v.inst().Class
		if m, ok := cls.Lookup("__bool__"); ok {
			r, err := t.call(m, []Value{v}, nil)
			if err != nil {
				return false, err
			}
			if r.kind != KBool {
				return false, Errorf(TypeErrorType, "__bool__ should return bool, returned %s", typeName(r))
			}
			return r.bits != 0, nil
		}
		if m, ok := cls.Lookup("__len__"); ok {
			r, err := t.call(m, []Value{v}, nil)
			if err != nil {
				return false, err
			}
			return r.kind == KInt && r.I() != 0, nil
		}
		if p, ok := payloadOf(v); ok {
			return t.truth(p)
		}
	case KClass:
		if r, ok, err := t.callMetaMethod(v, "__bool__"); ok {
			return r.kind == KBool && r.bits != 0, err
		}
		if _, ok := metaMethod(v, "__len__"); ok {
			n, err := t.length(v)
			return n != 0, err
		}
	}
	return true, nil
}

// equalItems compares two items of containers: as CPython's
// PyObject_RichCompareBool, an object equals itself, so [nan] == [nan].
func (t *Thread) equalItems(a, b Value) (bool, error) {
	if a.kind == KFloat && b.kind == KFloat && a.bits == b.bits {
		return true, nil
	}
	return t.equal(a, b)
}
