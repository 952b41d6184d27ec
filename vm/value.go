// Package vm runs compiled asl code: values and their types, frames, the
// interpreter loop, exceptions and tracebacks, and the built-ins.
package vm

import (
	"math"
	"unsafe"
)

// Kind says how a Value's bits are to be read. Ints, floats, bools and
// None live in the Value itself; everything else is a pointer to a heap
// object whose concrete Go type the kind names, so the interpreter can
// dispatch on the kind without a type switch and without allocating for
// numbers.
type Kind uint8

// The kinds of values.
const (
	KNone Kind = iota
	KBool
	KInt   // int64 in bits
	KFloat // float64 bits in bits
	KBig   // *BigInt: an int beyond int64
	KStr   // *Str
	KBytes
	KList
	KTuple
	KDict
	KSet
	KFrozenSet
	KRange
	KSlice
	KFunc    // *Function
	KBuiltin // *Builtin
	KMethod  // *Method (a bound method)
	KClass   // *Class
	KInst    // *Instance (also exceptions)
	KCell    // *Cell
	KModule  // *Module
	KIter    // an iterator object (*Iterator)
	KGen     // *Generator
	KCode    // *Code
	KOther   // Go state of stdlib packages (see native.go): an instance payload, or bare
	KComplex // *Complex
	KNotImpl // NotImplemented
	KEllipsis
)

// Value is an asl value: 24 bytes, copied by value, never allocating for
// None, bools, machine-size ints and floats.
type Value struct {
	kind Kind
	bits uint64
	ptr  unsafe.Pointer
}

// None, True, False and the other singletons.
var (
	None           = Value{kind: KNone}
	True           = Value{kind: KBool, bits: 1}
	False          = Value{kind: KBool}
	NotImplemented = Value{kind: KNotImpl}
	EllipsisValue  = Value{kind: KEllipsis}
)

// Int makes an int value.
func Int(i int64) Value { return Value{kind: KInt, bits: uint64(i)} }

// Float makes a float value.
func Float(f float64) Value { return Value{kind: KFloat, bits: math.Float64bits(f)} }

// Bool makes a bool value.
func Bool(b bool) Value {
	if b {
		return True
	}
	return False
}

// Kind returns v's kind.
func (v Value) Kind() Kind { return v.kind }

// I returns the int64 of a KInt or KBool value.
func (v Value) I() int64 { return int64(v.bits) }

// F returns the float64 of a KFloat value.
func (v Value) F() float64 { return math.Float64frombits(v.bits) }

// IsNone reports whether v is None.
func (v Value) IsNone() bool { return v.kind == KNone }

func ptrValue(k Kind, p unsafe.Pointer) Value { return Value{kind: k, ptr: p} }

// Is reports whether a and b are the same object (Python's "is").
func Is(a, b Value) bool {
	if a.kind != b.kind {
		return false
	}
	switch a.kind {
	case KNone, KNotImpl, KEllipsis:
		return true
	case KBool, KInt:
		return a.bits == b.bits
	case KFloat:
		return a.bits == b.bits
	}
	return a.ptr == b.ptr
}
