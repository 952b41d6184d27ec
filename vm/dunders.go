package vm

import (
	"math"
	"strings"

	"github.com/asl-lang/asl/compiler"
)

// Values of built-in types answer to their special methods too:
// (6).__add__(4), "abc".__contains__("b"), [].__len__(). Each works through
// the operation it names, and a binary one returns NotImplemented when
// the operation does not apply to the operand.

// dunderOps maps a binary special method to its operator; reflected tells
// the __r*__ forms.
var dunderOps = map[string]struct {
	op        compiler.Op
	reflected bool
}{}

func init() {
	for op, names := range opDunders {
		dunderOps[names[0]] = struct {
			op        compiler.Op
			reflected bool
		}{op, false}
		dunderOps[names[1]] = struct {
			op        compiler.Op
			reflected bool
		}{op, true}
	}
}

// cmpDunderOps maps a comparison special method to its operator.
var cmpDunderOps = map[string]compiler.Op{
	"__eq__": compiler.OpEq, "__ne__": compiler.OpNe, "__lt__": compiler.OpLt,
	"__le__": compiler.OpLe, "__gt__": compiler.OpGt, "__ge__": compiler.OpGe,
}

// builtinDunder returns the special method name of a built-in value.
func builtinDunder(v Value, name string) (methodFunc, bool) {
	if !strings.HasPrefix(name, "__") || v.kind == KInst {
		return nil, false
	}
	if d, ok := dunderOps[name]; ok && supportsOp(v, d.op) {
		return binaryDunder(d.op, d.reflected), true
	}
	if op, ok := cmpDunderOps[name]; ok {
		return compareDunder(op), true
	}
	if fn, ok := unaryDunders[name]; ok && fn.applies(v) {
		return fn.fn, true
	}
	return nil, false
}

// supportsOp reports whether values of v's type define the operator.
func supportsOp(v Value, op compiler.Op) bool {
	switch v.kind {
	case KInt, KBool, KBig:
		return op != compiler.OpMatMul
	case KFloat:
		switch op {
		case compiler.OpMatMul, compiler.OpLShift, compiler.OpRShift, compiler.OpBitAnd, compiler.OpBitOr, compiler.OpBitXor:
			return false
		}
		return true
	case KStr, KBytes:
		return op == compiler.OpAdd || op == compiler.OpMul || op == compiler.OpMod
	case KList, KTuple:
		return op == compiler.OpAdd || op == compiler.OpMul
	case KSet, KFrozenSet:
		return op == compiler.OpBitOr || op == compiler.OpBitAnd || op == compiler.OpSub || op == compiler.OpBitXor
	case KDict:
		return op == compiler.OpBitOr
	}
	return false
}

// binaryDunder makes x.__op__(y) (or x.__rop__(y)).
func binaryDunder(op compiler.Op, reflected bool) methodFunc {
	return func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		if len(a) != 2 {
			return Value{}, Errorf(TypeErrorType, "expected 1 argument, got %d", len(a)-1)
		}
		x, y := a[0], a[1]
		if reflected {
			x, y = y, x
		}
		if y.kind == KInst || x.kind == KInst || !compatible(x, y) {
			return NotImplemented, nil
		}
		r, err := t.binary(op, x, y)
		if e, ok := err.(*Exception); ok && e.Value.inst().Class == TypeErrorType {
			return NotImplemented, nil
		}
		return r, err
	}
}

// compatible reports whether a built-in binary operation of x and y can
// be tried without falling back to the other operand.
func compatible(x, y Value) bool {
	if isNumber(x) && isNumber(y) {
		return x.kind != KFloat || y.kind == KFloat || isIntLike(y)
	}
	if x.kind == KStr && x.kind != y.kind {
		return false
	}
	return true
}

// compareDunder makes x.__eq__(y) and the other comparisons.
func compareDunder(op compiler.Op) methodFunc {
	return func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		if len(a) != 2 {
			return Value{}, Errorf(TypeErrorType, "expected 1 argument, got %d", len(a)-1)
		}
		x, y := a[0], a[1]
		if y.kind == KInst || TypeOf(x) != TypeOf(y) && !(isNumber(x) && isNumber(y)) && !(isSet(x) && isSet(y)) {
			return NotImplemented, nil
		}
		r, err := t.compare(op, x, y)
		if e, ok := err.(*Exception); ok && e.Value.inst().Class == TypeErrorType {
			return NotImplemented, nil
		}
		return r, err
	}
}

// unaryDunder is a special method with no argument (or one, like
// __contains__) for the kinds it applies to.
type unaryDunder struct {
	applies func(Value) bool
	fn      methodFunc
}

func isContainer(v Value) bool {
	switch v.kind {
	case KStr, KBytes, KList, KTuple, KDict, KSet, KFrozenSet, KRange:
		return true
	}
	return false
}

func isBuiltinNumber(v Value) bool { return isNumber(v) }

func anyValue(Value) bool { return true }

var unaryDunders map[string]unaryDunder

func init() {
	unaryDunders = map[string]unaryDunder{
		"__len__": {isContainer, func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
			n, err := t.length(a[0])
			return Int(n), err
		}},
		"__contains__": {isContainer, func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
			if err := argCount("__contains__", a[1:], 1, 1); err != nil {
				return Value{}, err
			}
			ok, err := t.contains(a[0], a[1])
			return Bool(ok), err
		}},
		"__getitem__": {isContainer, func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
			if err := argCount("__getitem__", a[1:], 1, 1); err != nil {
				return Value{}, err
			}
			return t.getItem(a[0], a[1])
		}},
		"__iter__": {isContainer, func(t *Thread, a []Value, kw *Kwargs) (Value, error) { return t.getIter(a[0]) }},
		"__repr__": {anyValue, func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
			s, err := t.repr(a[0])
			return NewStr(s), err
		}},
		"__str__": {anyValue, func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
			s, err := t.str(a[0])
			return NewStr(s), err
		}},
		"__hash__": {anyValue, func(t *Thread, a []Value, kw *Kwargs) (Value, error) { return bHash(t, a[:1], nil) }},
		"__bool__": {isBuiltinNumber, func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
			b, err := t.truth(a[0])
			return Bool(b), err
		}},
		"__neg__": {isBuiltinNumber, func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
			return t.unary(compiler.UnaryNeg, a[0])
		}},
		"__pos__": {isBuiltinNumber, func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
			return t.unary(compiler.UnaryPos, a[0])
		}},
		"__abs__": {isBuiltinNumber, func(t *Thread, a []Value, kw *Kwargs) (Value, error) { return bAbs(t, a[:1], nil) }},
		"__int__": {isBuiltinNumber, func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
			return ctorInt(t, IntType, a[:1], nil)
		}},
		"__float__": {isBuiltinNumber, func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
			return ctorFloat(t, FloatType, a[:1], nil)
		}},
		"__floor__": {isBuiltinNumber, func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
			return numRound(a[0], math.Floor)
		}},
		"__ceil__": {isBuiltinNumber, func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
			return numRound(a[0], math.Ceil)
		}},
		"__trunc__": {isBuiltinNumber, func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
			return numRound(a[0], math.Trunc)
		}},
		"__round__": {isBuiltinNumber, func(t *Thread, a []Value, kw *Kwargs) (Value, error) { return bRound(t, a, nil) }},
		"__index__": {isIntLike, func(t *Thread, a []Value, kw *Kwargs) (Value, error) { return Int(0).orInt(a[0]), nil }},
	}
}

// numRound rounds a number to an int with f (math.Floor and friends).
func numRound(v Value, f func(float64) float64) (Value, error) {
	if v.kind != KFloat {
		return Int(0).orInt(v), nil
	}
	return ctorInt(nil, IntType, []Value{Float(f(v.F()))}, nil)
}
