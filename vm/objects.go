package vm

import (
	"math/big"
	"math/cmplx"
	"unicode/utf8"
	"unsafe"

	"github.com/asl-lang/asl/compiler"
)

// Str is an immutable str. It keeps Go's UTF-8 string and, once known, its
// length in code points, so that ASCII strings index in O(1).
type Str struct {
	S     string
	runes int    // -1 until counted
	hash  uint64 // 0 until computed
	buf   *strBuf
}

// strBuf is the growable byte array under strings built by repeated
// concatenation: s = s + x appends to it in place when s is the longest
// string over it, so building a string in a loop is linear, as in CPython.
// Strings only ever see their own prefix of the array, which never changes.
type strBuf struct{ b []byte }

// concatStr is a + b.
func concatStr(a, b *Str) Value {
	if len(a.S) == 0 {
		return ptrValue(KStr, unsafe.Pointer(b))
	}
	if len(b.S) == 0 {
		return ptrValue(KStr, unsafe.Pointer(a))
	}
	n := len(a.S) + len(b.S)
	runes := -1
	if a.runes >= 0 && b.runes >= 0 {
		runes = a.runes + b.runes
	}
	if n <= smallStrBytes {
		sm := &smallStr{}
		copy(sm.b[copy(sm.b[:], a.S):], b.S)
		sm.Str = Str{S: unsafe.String(&sm.b[0], n), runes: runes}
		return ptrValue(KStr, unsafe.Pointer(&sm.Str))
	}
	if n < 64 {
		return ptrValue(KStr, unsafe.Pointer(&Str{S: a.S + b.S, runes: runes}))
	}
	if a.buf != nil && len(a.buf.b) == len(a.S) {
		a.buf.b = append(a.buf.b, b.S...)
		s := unsafe.String(&a.buf.b[0], len(a.buf.b))
		return ptrValue(KStr, unsafe.Pointer(&Str{S: s, runes: runes, buf: a.buf}))
	}
	nb := make([]byte, 0, 2*n)
	nb = append(append(nb, a.S...), b.S...)
	buf := &strBuf{b: nb}
	return ptrValue(KStr, unsafe.Pointer(&Str{S: unsafe.String(&nb[0], n), runes: runes, buf: buf}))
}

// smallStrBytes is the longest concatenation stored inline in its header.
const smallStrBytes = 24

// newStrBytes makes a str of a copy of b, in one allocation when short.
func newStrBytes(b []byte) Value {
	if n := len(b); n > 0 && n <= smallStrBytes {
		sm := &smallStr{}
		copy(sm.b[:], b)
		sm.Str = Str{S: unsafe.String(&sm.b[0], n), runes: -1}
		return ptrValue(KStr, unsafe.Pointer(&sm.Str))
	}
	return NewStr(string(b))
}

// smallStr is a short string and its bytes in one allocation.
type smallStr struct {
	Str
	b [smallStrBytes]byte
}

// Hash returns the string's hash, computed once.
func (s *Str) Hash() uint64 {
	if s.hash == 0 {
		s.hash = strHash(s.S)
	}
	return s.hash
}

// NewStr makes a str value.
func NewStr(s string) Value {
	return ptrValue(KStr, unsafe.Pointer(&Str{S: s, runes: -1}))
}

// sharedStr makes a str value that package-level variables share between
// threads: its lazily computed fields are filled in now, so no thread ever
// writes to it.
func sharedStr(s string) Value {
	v := NewStr(s)
	v.str().Hash()
	v.str().Len()
	return v
}

// Len returns the number of code points.
func (s *Str) Len() int {
	if s.runes < 0 {
		s.runes = utf8.RuneCountInString(s.S)
	}
	return s.runes
}

// IsASCII reports whether every code point is one byte.
func (s *Str) IsASCII() bool { return s.Len() == len(s.S) }

// List is a mutable list.
type List struct{ Items []Value }

// push appends v. Full lists double: a Value is three words, so copying on
// growth costs more than CPython's pointer arrays, and Go's append grows
// large slices by only a quarter.
func (l *List) push(v Value) {
	if n := len(l.Items); n == cap(l.Items) {
		items := make([]Value, n, max(2*n, 4))
		copy(items, l.Items)
		l.Items = items
	}
	l.Items = append(l.Items, v)
}

// Tuple is an immutable tuple.
type Tuple struct{ Items []Value }

// NewList makes a list value owning items.
func NewList(items []Value) Value { return ptrValue(KList, unsafe.Pointer(&List{Items: items})) }

// NewTuple makes a tuple value owning items.
func NewTuple(items []Value) Value { return ptrValue(KTuple, unsafe.Pointer(&Tuple{Items: items})) }

// BigInt is an int beyond int64.
type BigInt struct{ B *big.Int }

// BigIntValue makes an int value from b, as a machine int when it fits.
func BigIntValue(b *big.Int) Value {
	if b.IsInt64() {
		return Int(b.Int64())
	}
	return ptrValue(KBig, unsafe.Pointer(&BigInt{B: b}))
}

// Cell holds a variable shared between a function and its inner functions.
type Cell struct {
	V     Value
	Bound bool
}

// Function is a function defined by asl code.
type Function struct {
	Code       *Code
	Globals    *Dict
	Defaults   []Value
	KwDefaults map[string]Value
	Closure    []*Cell
	Name       string
	QualName   string
	Dict       *Dict // attributes set on the function
	Module     Value
}

// Builtin is a function written in Go.
type Builtin struct {
	Name  string
	Fn    func(t *Thread, args []Value, kw *Kwargs) (Value, error)
	Self  Value // bound receiver for methods of built-in types, or unset
	Bound bool
	// intrinsic, when not zero, lets CALL run the common cases inline
	// (intrinsic.go).
	intrinsic uint8
}

// Kwargs are the keyword arguments of a call to a built-in, in order.
type Kwargs struct {
	Names  []string
	Values []Value
}

// Get returns a keyword argument and whether it was given.
func (k *Kwargs) Get(name string) (Value, bool) {
	if k == nil {
		return Value{}, false
	}
	for i, n := range k.Names {
		if n == name {
			return k.Values[i], true
		}
	}
	return Value{}, false
}

// Len is the number of keyword arguments.
func (k *Kwargs) Len() int {
	if k == nil {
		return 0
	}
	return len(k.Names)
}

// Method is a function bound to an instance.
type Method struct {
	Fn   Value
	Self Value
}

// Code is a compiled code object with its constants turned into values.
type Code struct {
	*compiler.Code
	Consts    []Value
	Names     []Value // interned names as str values
	simple    bool    // positional parameters only
	needCells bool
	numLocals int // registers holding named locals
	nregs     int // NumRegs
	argc      int // ArgCount
	// plain: positional parameters only, no cells, not a generator or
	// coroutine: calls take pushPlain and RETURN's fast path.
	plain   bool
	globals []globalCache  // per name: where LOADGLOBAL found it last
	attrs   [][2]attrCache // per instruction: what LOADMETHOD/GETATTR found on two classes
}

// globalCache remembers the entry a global name was found at, valid
// while the dicts keep their versions.
type globalCache struct {
	globals *Dict
	gver    uint32
	builtin bool
	bver    uint32
	// entry is where the name was found: valid while the dict keeps its
	// version, as its entries do not move then.
	entry *dictEntry
}

// Range is range(start, stop, step).
type Range struct{ Start, Stop, Step int64 }

// Len returns the number of items of the range.
func (r *Range) Len() int64 {
	switch {
	case r.Step > 0 && r.Start < r.Stop:
		return (r.Stop - r.Start + r.Step - 1) / r.Step
	case r.Step < 0 && r.Start > r.Stop:
		return (r.Start - r.Stop - r.Step - 1) / -r.Step
	}
	return 0
}

// SliceObj is slice(start, stop, step).
type SliceObj struct{ Start, Stop, Step Value }

// Module is a module object.
type Module struct {
	Name string
	Dict *Dict
}

func (v Value) str() *Str           { return (*Str)(v.ptr) }
func (v Value) list() *List         { return (*List)(v.ptr) }
func (v Value) tuple() *Tuple       { return (*Tuple)(v.ptr) }
func (v Value) dict() *Dict         { return (*Dict)(v.ptr) }
func (v Value) big() *big.Int       { return (*BigInt)(v.ptr).B }
func (v Value) function() *Function { return (*Function)(v.ptr) }
func (v Value) builtin() *Builtin   { return (*Builtin)(v.ptr) }
func (v Value) method() *Method     { return (*Method)(v.ptr) }
func (v Value) class() *Class       { return (*Class)(v.ptr) }
func (v Value) inst() *Instance     { return (*Instance)(v.ptr) }
func (v Value) rng() *Range         { return (*Range)(v.ptr) }
func (v Value) slice() *SliceObj    { return (*SliceObj)(v.ptr) }
func (v Value) module() *Module     { return (*Module)(v.ptr) }
func (v Value) iter() *Iterator     { return (*Iterator)(v.ptr) }
func (v Value) code() *Code         { return (*Code)(v.ptr) }

// S returns the Go string of a str value.
func (v Value) S() string { return v.str().S }

// Bytes is an immutable bytes object.
type Bytes struct{ B []byte }

// NewBytes makes a bytes value owning b.
func NewBytes(b []byte) Value { return ptrValue(KBytes, unsafe.Pointer(&Bytes{B: b})) }

// Complex is a complex number.
type Complex struct{ C complex128 }

// NewComplex makes a complex value.
func NewComplex(c complex128) Value { return ptrValue(KComplex, unsafe.Pointer(&Complex{C: c})) }

// Set is a set or a frozenset: a dict whose values are unused.
type Set struct{ d Dict }

func (v Value) bytes() *Bytes       { return (*Bytes)(v.ptr) }
func (v Value) complex() complex128 { return (*Complex)(v.ptr).C }
func (v Value) set() *Set           { return (*Set)(v.ptr) }

// complexPow is complex exponentiation.
func complexPow(a, b complex128) complex128 { return cmplx.Pow(a, b) }

// Dict returns the *Dict of a dict value.
func (v Value) Dict() *Dict { return v.dict() }

// StreamValue makes sys.stdout (fd 1) or sys.stderr (fd 2).
func StreamValue(fd int) Value {
	inst := newInstance(streamClass)
	inst.NS().SetStr("__writer__", Int(int64(fd)))
	return InstValue(inst)
}

var streamClass = func() *Class {
	c := newClass("TextIOWrapper", ObjectType, KInst)
	c.Module = "_io"
	c.Dict.SetStr("write", NewBuiltin("write", func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		w, err := t.writerOf(a[0])
		if err != nil {
			return Value{}, err
		}
		if len(a) < 2 || a[1].kind != KStr {
			return Value{}, Errorf(TypeErrorType, "write() argument must be str")
		}
		w.Write([]byte(a[1].S()))
		return Int(int64(a[1].str().Len())), nil
	}))
	c.Dict.SetStr("flush", NewBuiltin("flush", func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		w, err := t.writerOf(a[0])
		if f, ok := w.(interface{ Flush() error }); ok {
			f.Flush()
		}
		return None, err
	}))
	return c
}()

// newTupleFrom copies items into a new tuple; small tuples are one
// allocation, the header and its items together.
func newTupleFrom(items []Value) Value {
	var t *Tuple
	switch len(items) {
	case 1:
		s := &struct {
			t Tuple
			a [1]Value
		}{}
		s.t.Items = s.a[:]
		t = &s.t
	case 2:
		s := &struct {
			t Tuple
			a [2]Value
		}{}
		s.t.Items = s.a[:]
		t = &s.t
	case 3:
		s := &struct {
			t Tuple
			a [3]Value
		}{}
		s.t.Items = s.a[:]
		t = &s.t
	default:
		t = &Tuple{Items: make([]Value, len(items))}
	}
	copy(t.Items, items)
	return ptrValue(KTuple, unsafe.Pointer(t))
}
