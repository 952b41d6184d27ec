package compiler

import (
	"encoding/binary"
	"errors"
	"math"
	"math/big"
)

// EncodeCode and DecodeCode turn compiled code into bytes and back, for a cache of
// compiled modules (as CPython's .pyc files). The format is private to one
// build of asl: a cache must be keyed by the build that wrote it.

// codecVersion changes whenever the format or the compiler's output does.
const codecVersion = 1

// EncodeCode serialises c (with the code objects among its constants).
func EncodeCode(c *Code) []byte {
	e := &encoder{}
	e.uint(codecVersion)
	e.code(c)
	return e.b
}

// DecodeCode reads code that EncodeCode wrote.
func DecodeCode(b []byte) (c *Code, err error) {
	d := &decoder{b: b}
	defer func() {
		if r := recover(); r != nil {
			c, err = nil, errCorrupt
		}
	}()
	if d.uint() != codecVersion {
		return nil, errCorrupt
	}
	c = d.code()
	if d.i != len(d.b) {
		return nil, errCorrupt
	}
	return c, nil
}

var errCorrupt = errors.New("compiler: corrupt or foreign code cache entry")

// Constant tags.
const (
	tagNone = iota
	tagFalse
	tagTrue
	tagInt
	tagBig
	tagFloat
	tagComplex
	tagStr
	tagBytes
	tagEllipsis
	tagTuple
	tagCode
)

type encoder struct{ b []byte }

func (e *encoder) uint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *encoder) int(v int64)   { e.b = binary.AppendVarint(e.b, v) }
func (e *encoder) str(s string)  { e.uint(uint64(len(s))); e.b = append(e.b, s...) }

func (e *encoder) bool(v bool) {
	if v {
		e.b = append(e.b, 1)
	} else {
		e.b = append(e.b, 0)
	}
}

func (e *encoder) strs(ss []string) {
	e.uint(uint64(len(ss)))
	for _, s := range ss {
		e.str(s)
	}
}

func (e *encoder) ints(vs []int) {
	e.uint(uint64(len(vs)))
	for _, v := range vs {
		e.int(int64(v))
	}
}

func (e *encoder) konst(k any) {
	switch v := k.(type) {
	case nil:
		e.uint(tagNone)
	case bool:
		if v {
			e.uint(tagTrue)
		} else {
			e.uint(tagFalse)
		}
	case int64:
		e.uint(tagInt)
		e.int(v)
	case *big.Int:
		e.uint(tagBig)
		e.str(v.String())
	case float64:
		e.uint(tagFloat)
		e.uint(math.Float64bits(v))
	case complex128:
		e.uint(tagComplex)
		e.uint(math.Float64bits(real(v)))
		e.uint(math.Float64bits(imag(v)))
	case string:
		e.uint(tagStr)
		e.str(v)
	case Bytes:
		e.uint(tagBytes)
		e.str(string(v))
	case EllipsisType:
		e.uint(tagEllipsis)
	case []any:
		e.uint(tagTuple)
		e.uint(uint64(len(v)))
		for _, x := range v {
			e.konst(x)
		}
	case *Code:
		e.uint(tagCode)
		e.code(v)
	default:
		panic("compiler: a constant the code cache cannot hold")
	}
}

func (e *encoder) code(c *Code) {
	e.str(c.Name)
	e.str(c.QualName)
	e.str(c.Filename)
	e.int(int64(c.Kind))
	e.int(int64(c.Line))
	e.uint(uint64(len(c.Instrs)))
	for _, in := range c.Instrs {
		e.uint(uint64(in))
	}
	e.uint(uint64(len(c.Lines)))
	for _, l := range c.Lines {
		e.int(int64(l))
	}
	e.uint(uint64(len(c.Consts)))
	for _, k := range c.Consts {
		e.konst(k)
	}
	e.strs(c.Names)
	e.int(int64(c.NumRegs))
	e.strs(c.ParamNames)
	e.int(int64(c.PosOnly))
	e.int(int64(c.ArgCount))
	e.int(int64(c.KwOnly))
	e.bool(c.VarArgs)
	e.bool(c.VarKw)
	e.strs(c.LocalNames)
	e.strs(c.CellNames)
	e.strs(c.FreeNames)
	e.ints(c.CellParams)
	e.ints(c.ClosureFrom)
	e.bool(c.Generator)
	e.bool(c.Coroutine)
	e.uint(uint64(len(c.ExcTable)))
	for _, x := range c.ExcTable {
		e.int(int64(x.Start))
		e.int(int64(x.End))
		e.int(int64(x.Handler))
		e.int(int64(x.Reg))
		e.bool(x.Push)
		e.int(int64(x.Depth))
	}
	e.int(int64(c.NumDefaults))
	e.uint(uint64(len(c.KwDefaultMask)))
	for _, m := range c.KwDefaultMask {
		e.bool(m)
	}
	e.konst(c.Docstring)
}

type decoder struct {
	b []byte
	i int
}

func (d *decoder) uint() uint64 {
	v, n := binary.Uvarint(d.b[d.i:])
	if n <= 0 {
		panic(errCorrupt)
	}
	d.i += n
	return v
}

func (d *decoder) int() int64 {
	v, n := binary.Varint(d.b[d.i:])
	if n <= 0 {
		panic(errCorrupt)
	}
	d.i += n
	return v
}

// length reads a count, bounded by what is left (each item takes a byte
// at least), so a corrupt entry cannot ask for a huge allocation.
func (d *decoder) length() int {
	n := d.uint()
	if n > uint64(len(d.b)-d.i) {
		panic(errCorrupt)
	}
	return int(n)
}

func (d *decoder) str() string {
	n := d.length()
	s := string(d.b[d.i : d.i+n])
	d.i += n
	return s
}

func (d *decoder) bool() bool {
	v := d.b[d.i]
	d.i++
	return v != 0
}

func (d *decoder) strs() []string {
	n := d.length()
	if n == 0 {
		return nil
	}
	ss := make([]string, n)
	for i := range ss {
		ss[i] = d.str()
	}
	return ss
}

func (d *decoder) ints() []int {
	n := d.length()
	if n == 0 {
		return nil
	}
	vs := make([]int, n)
	for i := range vs {
		vs[i] = int(d.int())
	}
	return vs
}

func (d *decoder) konst() any {
	switch d.uint() {
	case tagNone:
		return nil
	case tagFalse:
		return false
	case tagTrue:
		return true
	case tagInt:
		return d.int()
	case tagBig:
		v, ok := new(big.Int).SetString(d.str(), 10)
		if !ok {
			panic(errCorrupt)
		}
		return v
	case tagFloat:
		return math.Float64frombits(d.uint())
	case tagComplex:
		re := math.Float64frombits(d.uint())
		return complex(re, math.Float64frombits(d.uint()))
	case tagStr:
		return d.str()
	case tagBytes:
		return Bytes(d.str())
	case tagEllipsis:
		return Ellipsis
	case tagTuple:
		n := d.length()
		t := make([]any, n)
		for i := range t {
			t[i] = d.konst()
		}
		return t
	case tagCode:
		return d.code()
	}
	panic(errCorrupt)
}

func (d *decoder) code() *Code {
	c := &Code{}
	c.Name = d.str()
	c.QualName = d.str()
	c.Filename = d.str()
	c.Kind = CodeKind(d.int())
	c.Line = int(d.int())
	if n := d.length(); n > 0 {
		c.Instrs = make([]Instr, n)
		for i := range c.Instrs {
			c.Instrs[i] = Instr(d.uint())
		}
	}
	if n := d.length(); n > 0 {
		c.Lines = make([]int32, n)
		for i := range c.Lines {
			c.Lines[i] = int32(d.int())
		}
	}
	if n := d.length(); n > 0 {
		c.Consts = make([]any, n)
		for i := range c.Consts {
			c.Consts[i] = d.konst()
		}
	}
	c.Names = d.strs()
	c.NumRegs = int(d.int())
	c.ParamNames = d.strs()
	c.PosOnly = int(d.int())
	c.ArgCount = int(d.int())
	c.KwOnly = int(d.int())
	c.VarArgs = d.bool()
	c.VarKw = d.bool()
	c.LocalNames = d.strs()
	c.CellNames = d.strs()
	c.FreeNames = d.strs()
	c.CellParams = d.ints()
	c.ClosureFrom = d.ints()
	c.Generator = d.bool()
	c.Coroutine = d.bool()
	if n := d.length(); n > 0 {
		c.ExcTable = make([]ExcEntry, n)
		for i := range c.ExcTable {
			x := &c.ExcTable[i]
			x.Start, x.End, x.Handler, x.Reg = int(d.int()), int(d.int()), int(d.int()), int(d.int())
			x.Push = d.bool()
			x.Depth = int(d.int())
		}
	}
	c.NumDefaults = int(d.int())
	if n := d.length(); n > 0 {
		c.KwDefaultMask = make([]bool, n)
		for i := range c.KwDefaultMask {
			c.KwDefaultMask[i] = d.bool()
		}
	}
	c.Docstring = d.konst()
	return c
}
