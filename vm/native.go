package vm

import "unsafe"

// Classes written in Go by stdlib packages (asyncio's Future and Task)
// are ordinary classes whose methods are built-ins; their instances carry
// the Go state in the payload slot, as a KOther value that the payload
// machinery of subclass.go leaves alone.

// SetNative makes the instance v carry p, its Go state.
func SetNative(v Value, p unsafe.Pointer) {
	if v.kind == KInst {
		v.inst().base = &Value{kind: KOther, ptr: p}
	}
}

// SetNativeIn is SetNative with the payload value kept in *slot, storage
// the Go state provides (one allocation less per object).
func SetNativeIn(v Value, p unsafe.Pointer, slot *Value) {
	if v.kind == KInst {
		*slot = Value{kind: KOther, ptr: p}
		v.inst().base = slot
	}
}

// NativeValue is a bare value carrying Go state p, for Go code that hands
// it through asl machinery (a coroutine yielding it to its task) without
// an asl object around it. asl code must never see one.
func NativeValue(p unsafe.Pointer) Value { return Value{kind: KOther, ptr: p} }

// Native returns the Go state SetNative gave v (or NativeValue carries), or nil.
func Native(v Value) unsafe.Pointer {
	if v.kind == KOther {
		return v.ptr
	}
	if v.kind == KInst {
		if b := v.inst().base; b != nil && b.kind == KOther {
			return b.ptr
		}
	}
	return nil
}

// hasPayload reports whether inst carries a built-in value (not Go state).
func (inst *Instance) hasPayload() bool { return inst.base != nil && inst.base.kind != KOther }

// NewBuiltinClass makes a class for values a stdlib package implements in Go.
func NewBuiltinClass(name, module string, kind Kind) *Class {
	c := newClass(name, ObjectType, kind)
	c.Module = module
	return c
}

// NewNativeIter returns an iterator implemented by step, for await: each
// send or throw into it calls step with the value sent or the exception;
// step returns the value to yield (yielded true) or its result.
func NewNativeIter(cls *Class, step func(t *Thread, sent Value, exc error) (Value, bool, error)) Value {
	g := frameless(genAsyncOp, &agenOp{kind: opNative, native: StepFunc(step), cls: cls}, nil, "")
	return ptrValue(KGen, unsafePointer(g))
}

// Iter is the object of an iterator written in Go (as NewNativeIter
// makes), to embed in the struct that holds its state: Start makes it an
// iterator object, with no allocation of its own.
type Iter struct {
	g   Generator
	ext genExt
	op  agenOp
}

// Start makes it an iterator of class cls stepped by s, and returns it.
func (it *Iter) Start(cls *Class, s Stepper) Value {
	it.op = agenOp{kind: opNative, native: s, cls: cls}
	it.ext = genExt{op: &it.op}
	it.g = Generator{kind: genAsyncOp, ext: &it.ext, started: true}
	return ptrValue(KGen, unsafePointer(&it.g))
}

// Send resumes a generator or coroutine with v: the value it yields
// (yielded true), or what it returned.
func (t *Thread) Send(gen, v Value) (Value, bool, error) {
	if gen.kind != KGen {
		return Value{}, false, Errorf(TypeErrorType, "'%s' object is not a coroutine", typeName(gen))
	}
	return t.genSend(gen, v)
}

// Throw raises the exception exc inside a generator or coroutine.
func (t *Thread) Throw(gen, exc Value) (Value, bool, error) {
	if gen.kind != KGen {
		return Value{}, false, Errorf(TypeErrorType, "'%s' object is not a coroutine", typeName(gen))
	}
	e, err := t.toException(exc)
	if err != nil {
		return Value{}, false, err
	}
	return t.genThrow(gen, e)
}

// Errors turned into exception values, for Go code that keeps them.

// ExceptionValue returns the exception instance an error carries.
func ExceptionValue(err error) (Value, bool) {
	if e, ok := err.(*Exception); ok {
		return e.Value, true
	}
	return Value{}, false
}

// Raise makes an error that raises the exception instance v.
func Raise(v Value) error { return &Exception{Value: v} }

// NewNativeCoroutine returns a coroutine object (type coroutine, so tasks
// take it) whose steps are native's, as NewNativeIter's.
func NewNativeCoroutine(name string, step func(t *Thread, sent Value, exc error) (Value, bool, error)) Value {
	g := frameless(genCoroutine, nil, StepFunc(step), name)
	return ptrValue(KGen, unsafePointer(g))
}

// Stepper steps a coroutine written in Go: sent is the value sent in, exc
// the exception thrown in; it returns what the coroutine yields (true) or
// returns (false), or the exception it raises.
type Stepper interface {
	Step(t *Thread, sent Value, exc error) (Value, bool, error)
}

// StepFunc is a function as a Stepper.
type StepFunc func(t *Thread, sent Value, exc error) (Value, bool, error)

// Step calls f.
func (f StepFunc) Step(t *Thread, sent Value, exc error) (Value, bool, error) { return f(t, sent, exc) }

// Coroutine is the object of a coroutine written in Go, to embed in the
// struct that holds the coroutine's state: Start makes it a coroutine
// object, with no allocation of its own.
type Coroutine struct {
	g   Generator
	ext genExt
}

// Start makes c the coroutine object stepped by s, and returns it.
func (c *Coroutine) Start(name string, s Stepper) Value {
	c.ext = genExt{native: s, nname: name}
	c.g = Generator{kind: genCoroutine, ext: &c.ext, started: true}
	return ptrValue(KGen, unsafePointer(&c.g))
}

// nativeStep runs one step of a Go coroutine; once it returns or raises
// it is finished, and sending to it again is an error as for any coroutine.
func (g *Generator) nativeStep(t *Thread, sent Value, exc error) (Value, bool, error) {
	if g.finished {
		if exc != nil {
			return Value{}, false, exc
		}
		return Value{}, false, Errorf(RuntimeErrorType, "cannot reuse already awaited coroutine")
	}
	if g.running {
		return Value{}, false, Errorf(ValueErrorType, "coroutine already executing")
	}
	g.running, g.stepped = true, true
	r, yielded, err := g.ext.native.Step(t, sent, exc)
	g.running = false
	if !yielded {
		g.finished = true
	}
	return r, yielded, err
}

// NewObject makes a bare instance of cls, as object.__new__(cls) does.
func NewObject(cls *Class) Value { return InstValue(newInstance(cls)) }

// CoroutineSite says where a coroutine (or generator) written in asl is:
// its file, and the line it is suspended at, or for one finished the line
// of its def; ok is false for other values and Go coroutines. asyncio
// prints it in a task's repr.
func CoroutineSite(v Value) (file string, line int, done, ok bool) {
	if v.kind != KGen {
		return "", 0, false, false
	}
	g := v.gen()
	f := g.frame
	if g.ext != nil || f == nil || f.code == nil {
		return "", 0, false, false
	}
	code := f.code.Code
	if g.finished {
		return code.Filename, code.Line, true, true
	}
	line = code.Line
	if pc := f.pc - 1; g.started && pc >= 0 && pc < len(code.Lines) {
		line = int(code.Lines[pc])
	}
	return code.Filename, line, false, true
}

// FunctionSite is where a function written in asl (or the function of a
// bound method) is defined: its file and the line of its def.
func FunctionSite(v Value) (file string, line int, ok bool) {
	if v.kind == KMethod {
		v = v.method().Fn
	}
	if v.kind != KFunc {
		return "", 0, false
	}
	c := v.function().Code.Code
	return c.Filename, c.Line, true
}
