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

// binaryOps maps operator symbols to the VM's operations.
var binaryOps = map[string]compiler.Op{
	"+": compiler.OpAdd, "-": compiler.OpSub, "*": compiler.OpMul, "/": compiler.OpTrueDiv,
	"//": compiler.OpFloorDiv, "%": compiler.OpMod, "**": compiler.OpPow, "<<": compiler.OpLShift,
	">>": compiler.OpRShift, "&": compiler.OpBitAnd, "|": compiler.OpBitOr, "^": compiler.OpBitXor,
	"@": compiler.OpMatMul,
	"<": compiler.OpLt, "<=": compiler.OpLe, "==": compiler.OpEq, "!=": compiler.OpNe,
	">": compiler.OpGt, ">=": compiler.OpGe,
}

// Operator applies a binary or comparison operator given by its symbol
// ("+", "//", "<=", …) with Python's semantics.
func (t *Thread) Operator(sym string, a, b Value) (Value, error) {
	op, ok := binaryOps[sym]
	if !ok {
		return Value{}, Errorf(SystemErrorType, "unknown operator %q", sym)
	}
	if op >= compiler.OpLt && op <= compiler.OpGe {
		return t.compare(op, a, b)
	}
	return t.binary(op, a, b)
}

// Unary applies "-", "+" or "~".
func (t *Thread) Unary(sym string, v Value) (Value, error) {
	switch sym {
	case "-":
		return t.unary(compiler.UnaryNeg, v)
	case "+":
		return t.unary(compiler.UnaryPos, v)
	}
	return t.unary(compiler.UnaryInvert, v)
}

// Truth is bool(v).
func (t *Thread) Truth(v Value) (bool, error) { return t.truth(v) }

// Contains is "x in c".
func (t *Thread) Contains(c, x Value) (bool, error) { return t.contains(c, x) }

// GetItem is v[k].
func (t *Thread) GetItem(v, k Value) (Value, error) { return t.getItem(v, k) }

// SetItem is v[k] = x.
func (t *Thread) SetItem(v, k, x Value) error { return t.setItem(v, k, x) }

// DelItem is del v[k].
func (t *Thread) DelItem(v, k Value) error { return t.delItem(v, k) }

// GetAttr is getattr(v, name).
func (t *Thread) GetAttr(v Value, name string) (Value, error) { return t.getAttr(v, NewStr(name)) }

// GetAttrName is GetAttr with the name as a str value made once (NewStr),
// for hot paths.
func (t *Thread) GetAttrName(v Value, name Value) (Value, error) { return t.getAttr(v, name) }

// Call calls any callable.
func (t *Thread) Call(fn Value, args []Value, kw *Kwargs) (Value, error) { return t.call(fn, args, kw) }

// SetAttr is setattr(v, name, x).
func (t *Thread) SetAttr(v Value, name string, x Value) error {
	return t.setAttr(v, NewStr(name), x)
}

// NewIterator makes an iterator whose type is called name and whose items
// next gives, until it reports false.
func NewIterator(name string, next func(t *Thread) (Value, bool, error)) Value {
	return iterValue(&Iterator{kind: iterFunc, fn: next, name: name})
}

// GetIter is iter(v).
func (t *Thread) GetIter(v Value) (Value, error) { return t.getIter(v) }

// Next advances an iterator; ok is false when it is exhausted.
func (t *Thread) Next(it Value) (v Value, ok bool, err error) { return t.next(it) }

// NewExceptionClass makes an exception class of a module (json's
// JSONDecodeError…) deriving from base.
func NewExceptionClass(name, module string, base *Class) *Class {
	c := excClass(name, base)
	c.Module = module
	c.QualName = name
	return c
}

// Repr is repr(v).
func (t *Thread) Repr(v Value) (string, error) { return t.repr(v) }

// Seq returns the items of a list or tuple (ok false for other values);
// the slice is the container's own.
func Seq(v Value) ([]Value, bool) {
	switch v.kind {
	case KList:
		return v.list().Items, true
	case KTuple:
		return v.tuple().Items, true
	}
	return nil, false
}

// BigInt returns the value of an int that does not fit in 64 bits.
func (v Value) BigInt() *big.Int {
	if v.kind == KBig {
		return v.big()
	}
	return big.NewInt(v.I())
}

// Ptr identifies the object behind a pointer value (for cycle checks).
func (v Value) Ptr() any { return v.ptr }

// Pointer is the address of the object v refers to, or 0 for values that
// are not objects (ints, floats, bools, None); for identity checks only.
func (v Value) Pointer() uintptr { return uintptr(v.ptr) }

// BytesOf returns the bytes of a bytes value (ok false for other values);
// the slice is the value's own and must not be changed.
func BytesOf(v Value) ([]byte, bool) {
	if v.kind == KBytes {
		return v.bytes().B, true
	}
	return nil, false
}

// ModulesValue is sys.modules as a dict value.
func (t *Thread) ModulesValue() Value { return ptrValue(KDict, unsafePointer(t.Modules())) }

// SetMain registers the namespace of the script as sys.modules['__main__'].
func (t *Thread) SetMain(globals *Dict) {
	t.setModule("__main__", ptrValue(KModule, unsafePointer(&Module{Name: "__main__", Dict: globals})))
}

// AsClass returns the class behind a class value (ok false for other
// values), so that stdlib modules can build classes as type(name, …) does.
func (v Value) AsClass() (*Class, bool) {
	if v.kind == KClass {
		return v.class(), true
	}
	return nil, false
}

// CallerModule is the __name__ of the globals of the frame that called
// the asl function now calling a built-in (CPython's
// sys._getframe(1).f_globals['__name__']), or "" when there is none.
func (t *Thread) CallerModule() string {
	if t.cur == nil || t.cur.parent == nil || t.cur.parent.globals == nil {
		return ""
	}
	if v, ok := t.cur.parent.globals.GetStr("__name__"); ok && v.kind == KStr {
		return v.S()
	}
	return ""
}

// IsCoroutineFunction reports whether v is a function defined with async def.
func IsCoroutineFunction(v Value) bool {
	return v.kind == KFunc && v.function().Code.Coroutine && !v.function().Code.Generator
}
