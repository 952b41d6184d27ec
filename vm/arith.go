package vm

import (
	"math"
	"math/big"
	"strings"

	"github.com/asl-lang/asl/compiler"
)

var opSymbols = map[compiler.Op]string{
	compiler.OpAdd: "+", compiler.OpSub: "-", compiler.OpMul: "*", compiler.OpTrueDiv: "/",
	compiler.OpFloorDiv: "//", compiler.OpMod: "%", compiler.OpPow: "** or pow()",
	compiler.OpLShift: "<<", compiler.OpRShift: ">>", compiler.OpBitAnd: "&",
	compiler.OpBitOr: "|", compiler.OpBitXor: "^", compiler.OpMatMul: "@",
}

var opDunders = map[compiler.Op][2]string{
	compiler.OpAdd: {"__add__", "__radd__"}, compiler.OpSub: {"__sub__", "__rsub__"},
	compiler.OpMul: {"__mul__", "__rmul__"}, compiler.OpTrueDiv: {"__truediv__", "__rtruediv__"},
	compiler.OpFloorDiv: {"__floordiv__", "__rfloordiv__"}, compiler.OpMod: {"__mod__", "__rmod__"},
	compiler.OpPow: {"__pow__", "__rpow__"}, compiler.OpLShift: {"__lshift__", "__rlshift__"},
	compiler.OpRShift: {"__rshift__", "__rrshift__"}, compiler.OpBitAnd: {"__and__", "__rand__"},
	compiler.OpBitOr: {"__or__", "__ror__"}, compiler.OpBitXor: {"__xor__", "__rxor__"},
	compiler.OpMatMul: {"__matmul__", "__rmatmul__"},
}

var inplaceDunders = map[compiler.Op]string{
	compiler.OpAdd: "__iadd__", compiler.OpSub: "__isub__", compiler.OpMul: "__imul__",
	compiler.OpTrueDiv: "__itruediv__", compiler.OpFloorDiv: "__ifloordiv__", compiler.OpMod: "__imod__",
	compiler.OpPow: "__ipow__", compiler.OpLShift: "__ilshift__", compiler.OpRShift: "__irshift__",
	compiler.OpBitAnd: "__iand__", compiler.OpBitOr: "__ior__", compiler.OpBitXor: "__ixor__",
	compiler.OpMatMul: "__imatmul__",
}

func isIntLike(v Value) bool { return v.kind == KInt || v.kind == KBool || v.kind == KBig }

// toBig returns an int value as a big.Int.
func toBig(v Value) *big.Int {
	if v.kind == KBig {
		return v.big()
	}
	return big.NewInt(v.I())
}

// toFloat converts an int or float value to float64.
func toFloat(v Value) (float64, error) {
	switch v.kind {
	case KFloat:
		return v.F(), nil
	case KInt, KBool:
		return float64(v.I()), nil
	case KBig:
		f, _ := new(big.Float).SetInt(v.big()).Float64()
		if math.IsInf(f, 0) {
			return 0, Errorf(OverflowErrorType, "int too large to convert to float")
		}
		return f, nil
	}
	return 0, Errorf(TypeErrorType, "must be real number, not %s", typeName(v))
}

// binary applies a binary operator.
func (t *Thread) binary(op compiler.Op, x, y Value) (Value, error) {
	if isIntLike(x) && isIntLike(y) {
		return intBinary(op, x, y)
	}
	if (x.kind == KFloat || isIntLike(x)) && (y.kind == KFloat || isIntLike(y)) && op != compiler.OpMatMul && op != compiler.OpLShift && op != compiler.OpRShift && op != compiler.OpBitAnd && op != compiler.OpBitOr && op != compiler.OpBitXor {
		a, err := toFloat(x)
		if err != nil {
			return Value{}, err
		}
		b, err := toFloat(y)
		if err != nil {
			return Value{}, err
		}
		return floatBinary(op, a, b)
	}
	if v, ok, err := t.seqBinary(op, x, y); ok || err != nil {
		return v, err
	}
	return t.dunderBinary(op, x, y)
}

// dunderBinary tries x.__op__(y), then y.__rop__(x).
func (t *Thread) dunderBinary(op compiler.Op, x, y Value) (Value, error) {
	names := opDunders[op]
	if x.kind == KInst {
		if m, ok := x.inst().Class.Lookup(names[0]); ok {
			r, err := t.call(m, []Value{x, y}, nil)
			if err != nil || r.kind != KNotImpl {
				return r, err
			}
		}
	}
	if y.kind == KInst {
		if m, ok := y.inst().Class.Lookup(names[1]); ok {
			r, err := t.call(m, []Value{y, x}, nil)
			if err != nil || r.kind != KNotImpl {
				return r, err
			}
		}
	}
	if r, ok, err := t.payloadBinary(op, x, y); ok {
		return r, err
	}
	return Value{}, unsupportedOperands(op, x, y)
}

// unsupportedOperands is the TypeError of a binary operator that applies
// to neither operand.
func unsupportedOperands(op compiler.Op, x, y Value) error {
	if op == compiler.OpPow {
		return Errorf(TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", typeName(x), typeName(y))
	}
	return Errorf(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", opSymbols[op], typeName(x), typeName(y))
}

// inplace applies an augmented assignment operator.
func (t *Thread) inplace(op compiler.Op, x, y Value) (Value, error) {
	switch {
	case x.kind == KList && op == compiler.OpAdd:
		if err := t.extendInto(x, y); err != nil {
			return Value{}, err
		}
		return x, nil
	case x.kind == KSet:
		if v, ok, err := t.setInplace(op, x, y); ok || err != nil {
			return v, err
		}
	case x.kind == KDict && op == compiler.OpBitOr:
		return x, t.dictInit(x.dict(), y)
	case x.kind == KInst:
		if m, ok := x.inst().Class.Lookup(inplaceDunders[op]); ok {
			r, err := t.call(m, []Value{x, y}, nil)
			if err != nil || r.kind != KNotImpl {
				return r, err
			}
		}
		if p, ok := payloadOf(x); ok {
			if r, ok, err := t.payloadInplace(op, x, p, y); ok {
				return r, err
			}
		}
	}
	v, err := t.binary(op, x, y)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Value.inst().Class == TypeErrorType {
			msg := excMessage(e.Value.inst())
			if strings.HasPrefix(msg, "unsupported operand type(s) for ") {
				sym := opSymbols[op]
				if op == compiler.OpPow {
					sym = "**"
				}
				return Value{}, Errorf(TypeErrorType, "unsupported operand type(s) for %s=: '%s' and '%s'", sym, typeName(x), typeName(y))
			}
		}
	}
	return v, err
}

func intBinary(op compiler.Op, x, y Value) (Value, error) {
	if x.kind != KBig && y.kind != KBig {
		a, b := x.I(), y.I()
		switch op {
		case compiler.OpAdd:
			if s := a + b; (s > a) == (b > 0) {
				return Int(s), nil
			}
		case compiler.OpSub:
			if s := a - b; (s < a) == (b > 0) {
				return Int(s), nil
			}
		case compiler.OpMul:
			if a == 0 || b == 0 {
				return Int(0), nil
			}
			if p := a * b; p/b == a && !(a == -1 && b == math.MinInt64) && !(b == -1 && a == math.MinInt64) {
				return Int(p), nil
			}
		case compiler.OpFloorDiv:
			if b == 0 {
				return Value{}, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
			}
			if !(a == math.MinInt64 && b == -1) {
				q := a / b
				if (a%b != 0) && ((a < 0) != (b < 0)) {
					q--
				}
				return Int(q), nil
			}
		case compiler.OpMod:
			if b == 0 {
				return Value{}, Errorf(ZeroDivisionErrorType, "integer modulo by zero")
			}
			if b == -1 {
				return Int(0), nil
			}
			m := a % b
			if m != 0 && (m < 0) != (b < 0) {
				m += b
			}
			return Int(m), nil
		case compiler.OpTrueDiv:
			if b == 0 {
				return Value{}, Errorf(ZeroDivisionErrorType, "division by zero")
			}
			if a < 1<<53 && a > -(1<<53) && b < 1<<53 && b > -(1<<53) {
				return Float(float64(a) / float64(b)), nil
			}
		case compiler.OpBitAnd:
			if x.kind == KBool && y.kind == KBool {
				return Bool(a&b != 0), nil
			}
			return Int(a & b), nil
		case compiler.OpBitOr:
			if x.kind == KBool && y.kind == KBool {
				return Bool(a|b != 0), nil
			}
			return Int(a | b), nil
		case compiler.OpBitXor:
			if x.kind == KBool && y.kind == KBool {
				return Bool(a^b != 0), nil
			}
			return Int(a ^ b), nil
		case compiler.OpLShift:
			if b < 0 {
				return Value{}, Errorf(ValueErrorType, "negative shift count")
			}
			if b < 63 && a >= 0 && a < 1<<(62-b) || b < 63 && a < 0 && a > -(1<<(62-b)) {
				return Int(a << b), nil
			}
		case compiler.OpRShift:
			if b < 0 {
				return Value{}, Errorf(ValueErrorType, "negative shift count")
			}
			if b > 63 {
				b = 63
			}
			return Int(a >> b), nil
		case compiler.OpPow:
			if b >= 0 {
				if r, ok := powInt(a, b); ok {
					return Int(r), nil
				}
			}
		}
		if op == compiler.OpBitAnd || op == compiler.OpBitOr || op == compiler.OpBitXor {
			// unreachable for int64
		}
	}
	return bigBinary(op, toBig(x), toBig(y))
}

// powInt computes a**b without overflow, reporting failure.
func powInt(a, b int64) (int64, bool) {
	r := int64(1)
	for b > 0 {
		if b&1 == 1 {
			if r != 0 && (a > math.MaxInt64/abs64(r) || a < -math.MaxInt64/abs64(r)) {
				return 0, false
			}
			r *= a
		}
		b >>= 1
		if b > 0 {
			if a > 3037000499 || a < -3037000499 {
				return 0, false
			}
			a *= a
		}
	}
	return r, true
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

func bigBinary(op compiler.Op, a, b *big.Int) (Value, error) {
	z := new(big.Int)
	switch op {
	case compiler.OpAdd:
		z.Add(a, b)
	case compiler.OpSub:
		z.Sub(a, b)
	case compiler.OpMul:
		if int64(a.BitLen()+b.BitLen()) > maxIntBits {
			return Value{}, NewException(MemoryErrorType)
		}
		z.Mul(a, b)
	case compiler.OpFloorDiv, compiler.OpMod:
		if b.Sign() == 0 && op == compiler.OpMod {
			return Value{}, Errorf(ZeroDivisionErrorType, "integer modulo by zero")
		}
		if b.Sign() == 0 {
			return Value{}, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		q, m := new(big.Int).DivMod(a, b, new(big.Int))
		// Go's DivMod is Euclidean (m >= 0); Python's modulo has b's sign.
		if m.Sign() != 0 && b.Sign() < 0 {
			m.Add(m, b)
			q.Sub(q, big.NewInt(1))
		}
		if op == compiler.OpMod {
			return BigIntValue(m), nil
		}
		return BigIntValue(q), nil
	case compiler.OpTrueDiv:
		if b.Sign() == 0 {
			return Value{}, Errorf(ZeroDivisionErrorType, "division by zero")
		}
		f, _ := new(big.Rat).SetFrac(a, b).Float64()
		if math.IsInf(f, 0) {
			return Value{}, Errorf(OverflowErrorType, "integer division result too large for a float")
		}
		return Float(f), nil
	case compiler.OpBitAnd:
		z.And(a, b)
	case compiler.OpBitOr:
		z.Or(a, b)
	case compiler.OpBitXor:
		z.Xor(a, b)
	case compiler.OpLShift:
		if b.Sign() < 0 {
			return Value{}, Errorf(ValueErrorType, "negative shift count")
		}
		if !b.IsInt64() || int64(a.BitLen())+b.Int64() > maxIntBits {
			return Value{}, NewException(MemoryErrorType)
		}
		z.Lsh(a, uint(b.Int64()))
	case compiler.OpRShift:
		if b.Sign() < 0 {
			return Value{}, Errorf(ValueErrorType, "negative shift count")
		}
		if !b.IsInt64() {
			if a.Sign() < 0 {
				return Int(-1), nil
			}
			return Int(0), nil
		}
		z.Rsh(a, uint(b.Int64()))
	case compiler.OpPow:
		if b.Sign() < 0 {
			fa, _ := new(big.Float).SetInt(a).Float64()
			fb, _ := new(big.Float).SetInt(b).Float64()
			return floatBinary(compiler.OpPow, fa, fb)
		}
		if bits := a.BitLen(); bits > 1 && (!b.IsInt64() || float64(bits-1)*float64(b.Int64()) > float64(maxIntBits)) {
			// CPython would try for a very long time; asl refuses at once.
			return Value{}, NewException(MemoryErrorType)
		}
		z.Exp(a, b, nil)
	default:
		return Value{}, Errorf(TypeErrorType, "unsupported operand type(s) for %s: 'int' and 'int'", opSymbols[op])
	}
	return BigIntValue(z), nil
}

// maxIntBits bounds the ints that products, shifts and powers may build
// (1 GiB of digits would take CPython minutes and asl's memory; 2^30 bits
// is 128 MiB). A variable only so that the fuzz test can lower it.
var maxIntBits int64 = 1 << 30

func floatBinary(op compiler.Op, a, b float64) (Value, error) {
	switch op {
	case compiler.OpAdd:
		return Float(a + b), nil
	case compiler.OpSub:
		return Float(a - b), nil
	case compiler.OpMul:
		return Float(a * b), nil
	case compiler.OpTrueDiv:
		if b == 0 {
			return Value{}, Errorf(ZeroDivisionErrorType, "float division by zero")
		}
		return Float(a / b), nil
	case compiler.OpFloorDiv:
		if b == 0 {
			return Value{}, Errorf(ZeroDivisionErrorType, "float floor division by zero")
		}
		return Float(floorDiv(a, b)), nil
	case compiler.OpMod:
		if b == 0 {
			return Value{}, Errorf(ZeroDivisionErrorType, "float modulo")
		}
		return Float(floatMod(a, b)), nil
	case compiler.OpPow:
		if a == 0 && b < 0 {
			return Value{}, Errorf(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
		}
		if a < 0 && b != math.Trunc(b) {
			return NewComplex(complexPow(complex(a, 0), complex(b, 0))), nil
		}
		r := math.Pow(a, b)
		if math.IsInf(r, 0) && !math.IsInf(a, 0) && !math.IsInf(b, 0) {
			return Value{}, Errorf(OverflowErrorType, "(34, 'Numerical result out of range')")
		}
		return Float(r), nil
	}
	return Value{}, Errorf(TypeErrorType, "unsupported operand type(s) for %s: 'float' and 'float'", opSymbols[op])
}

// floatMod is Python's float modulo: the result has b's sign.
func floatMod(a, b float64) float64 {
	m := math.Mod(a, b)
	if m != 0 {
		if (b < 0) != (m < 0) {
			m += b
		}
	} else {
		m = math.Copysign(0, b)
	}
	return m
}

// floorDiv is Python's float floor division.
func floorDiv(a, b float64) float64 {
	m := math.Mod(a, b)
	div := (a - m) / b
	if m != 0 && (b < 0) != (m < 0) {
		div--
	}
	if div == 0 {
		return math.Copysign(0, a/b)
	}
	fl := math.Floor(div)
	if div-fl > 0.5 {
		fl++
	}
	return fl
}

// unary applies -x, +x or ~x.
func (t *Thread) unary(op int, x Value) (Value, error) {
	switch x.kind {
	case KInt, KBool:
		switch op {
		case compiler.UnaryNeg:
			if x.I() == math.MinInt64 {
				return BigIntValue(new(big.Int).Neg(toBig(x))), nil
			}
			return Int(-x.I()), nil
		case compiler.UnaryPos:
			return Int(x.I()), nil
		default:
			return Int(^x.I()), nil
		}
	case KBig:
		z := new(big.Int)
		switch op {
		case compiler.UnaryNeg:
			z.Neg(x.big())
		case compiler.UnaryPos:
			z.Set(x.big())
		default:
			z.Not(x.big())
		}
		return BigIntValue(z), nil
	case KFloat:
		switch op {
		case compiler.UnaryNeg:
			return Float(-x.F()), nil
		case compiler.UnaryPos:
			return x, nil
		}
	case KInst:
		name := [...]string{"__neg__", "__pos__", "__invert__"}[op]
		if m, ok := x.inst().Class.Lookup(name); ok {
			return t.call(m, []Value{x}, nil)
		}
		if p, ok := payloadOf(x); ok {
			if r, err := t.unary(op, p); err == nil {
				return r, nil
			}
		}
	}
	sym := [...]string{"unary -", "unary +", "unary ~"}[op]
	return Value{}, Errorf(TypeErrorType, "bad operand type for %s: '%s'", sym, typeName(x))
}
