package vm

import (
	"math/big"

	"github.com/asl-lang/asl/compiler"
)

// This file is the part of the VM that the built-in modules of stdlib/
// use to read their arguments as CPython's C modules do.

// FloatArg reads a real number (int, bool, float, or a subclass of them)
// as a float64, with CPython's TypeError or OverflowError otherwise.
func FloatArg(v Value) (float64, error) { return toFloat(asFloatOrInt(v)) }

// asFloatOrInt unwraps an instance of a subclass of int or float.
func asFloatOrInt(v Value) Value {
	if p, ok := payloadOf(v); ok && (p.kind == KInt || p.kind == KBig || p.kind == KFloat) {
		return p
	}
	return v
}

// IntArg reads an int (or bool, or a subclass of int) as a big.Int, with
// CPython's "'X' object cannot be interpreted as an integer" otherwise.
func IntArg(v Value) (*big.Int, error) {
	v = asInt(v)
	if !isIntLike(v) {
		return nil, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(v))
	}
	if v.kind == KBig {
		return v.big(), nil
	}
	return big.NewInt(v.I()), nil
}

// IsInt reports whether v is an int, bool or int subclass instance.
func IsInt(v Value) bool { return isIntLike(asInt(v)) }

// TypeName is the name of v's type, as error messages show it.
func TypeName(v Value) string { return typeName(v) }

// Iterate collects the items of an iterable.
func (t *Thread) Iterate(v Value) ([]Value, error) { return t.toSlice(v) }

// Mul is a * b with Python's semantics.
func (t *Thread) Mul(a, b Value) (Value, error) { return t.binary(compiler.OpMul, a, b) }
