package vm

import (
	"unsafe"
)

func unsafePointer[T any](p *T) unsafe.Pointer { return unsafe.Pointer(p) }

// handledBase is how many handled exceptions were pending when f started.
func (f *frame) handledBase() int { return len(f.handled) }

// pushFrame makes the frame of a call to fn with positional args (already
// bound exactly) above the current stack top. parent/ret say where the
// result goes; parent nil means the caller is Go code.
func (t *Thread) pushFrame(fn *Function, args []Value, parent *frame, ret int) (*frame, error) {
	if t.depth >= t.MaxDepth {
		return nil, Errorf(RecursionErrorType, "maximum recursion depth exceeded")
	}
	if t.Budget > 0 || t.poll {
		if err := t.tick(); err != nil {
			return nil, err
		}
	}
	code := fn.Code
	n := code.NumRegs
	base := t.sp
	if code.Generator || code.Coroutine {
		// A generator keeps its own registers: it outlives this call.
		// The generator, its frame and (when few) its registers are one
		// allocation.
		var f *frame
		var regs []Value
		if n <= 4 {
			box := &struct {
				g    Generator
				f    frame
				regs [4]Value
			}{}
			f, regs = &box.f, box.regs[:n]
			f.gen = &box.g
			f.special = true
		} else if n <= 8 {
			box := &struct {
				g    Generator
				f    frame
				regs [8]Value
			}{}
			f, regs = &box.f, box.regs[:n]
			f.gen = &box.g
			f.special = true
		} else {
			box := &struct {
				g Generator
				f frame
			}{}
			f, regs = &box.f, make([]Value, n)
			f.gen = &box.g
			f.special = true
		}
		copy(regs, args)
		for i := len(args); i < n; i++ {
			regs[i] = unbound
		}
		f.code, f.fn, f.regs, f.base, f.globals, f.parent, f.retReg = code, fn, regs, -1, fn.Globals, parent, ret
		t.setupCells(f)
		return f, nil
	}
	t.ensureStack(base + n)
	regs := t.stack[base : base+n : base+n]
	for i, v := range args { // cheaper than copy for a few values
		regs[i] = v
	}
	// Locals start unbound; temporaries are always written before read.
	for i := len(args); i < code.numLocals; i++ {
		regs[i] = unbound
	}
	f := t.newFrameStruct()
	f.code, f.fn, f.regs, f.base, f.globals, f.parent, f.retReg, f.pc = code, fn, regs, base, fn.Globals, parent, ret, 0
	f.handled = t.handled
	t.sp = base + n
	t.depth++
	if code.needCells {
		t.setupCells(f)
	}
	return f, nil
}

// setupCells creates the frame's own cells and takes the closure's.
func (t *Thread) setupCells(f *frame) {
	code := f.code
	nc := len(code.CellNames)
	if nc+len(code.FreeNames) == 0 {
		return
	}
	f.cells = make([]*Cell, nc+len(code.FreeNames))
	for i := 0; i < nc; i++ {
		f.cells[i] = &Cell{}
	}
	for i, k := range code.CellParams {
		if k >= 0 && f.regs[i].kind != KUnbound {
			f.cells[k].V, f.cells[k].Bound = f.regs[i], true
		}
	}
	copy(f.cells[nc:], f.fn.Closure)
}

// newFrameStruct takes a frame from the thread's free list.
func (t *Thread) newFrameStruct() *frame {
	if f := t.free; f != nil {
		t.free = f.nextFree
		return f
	}
	return &frame{}
}

// pushProperty pushes the frame of a property's getter (n 1: self) or
// setter (n 2: self and the value), plain ones the cheap way.
func (t *Thread) pushProperty(fn *Function, parent *frame, ret int, self, v Value, n int) (*frame, error) {
	args := [2]Value{self, v}
	if fn.Code.plain && fn.Code.argc == n {
		return t.pushPlain(fn, args[:n], parent, ret)
	}
	return t.pushFrame(fn, args[:n], parent, ret)
}

// pushPlain is pushFrame for a function whose code is plain (positional
// parameters, no cells, not a generator) called with exactly its
// arguments.
func (t *Thread) pushPlain(fn *Function, args []Value, parent *frame, ret int) (*frame, error) {
	if t.depth >= t.MaxDepth || t.Budget > 0 {
		return t.pushFrame(fn, args, parent, ret) // errors, step accounting
	}
	code := fn.Code
	base := t.sp
	top := base + code.nregs
	if top > len(t.stack) {
		t.ensureStack(top)
	}
	regs := t.stack[base:top:top]
	for i, v := range args {
		regs[i] = v
	}
	for i := len(args); i < code.numLocals; i++ {
		regs[i] = unbound
	}
	f := t.free
	if f != nil {
		t.free = f.nextFree
	} else {
		f = &frame{}
	}
	f.code, f.fn, f.regs, f.base, f.globals, f.parent, f.retReg, f.pc = code, fn, regs, base, fn.Globals, parent, ret, 0
	f.handled = t.handled
	t.sp = top
	t.depth++
	return f, nil
}

// popFrame releases the registers and the struct of a finished frame.
func (t *Thread) popFrame(f *frame) {
	// The registers are not cleared: the next frame there initializes
	// its locals, and asl has no finalizers that could notice.
	if f.base >= 0 {
		t.sp = f.base
	}
	t.depth--
	t.handled = f.handled
	if f.gen == nil {
		f.pc, f.cells, f.locals, f.stop, f.initSelf, f.discard, f.special = 0, nil, nil, false, None, false, false
		f.nextFree = t.free
		t.free = f
	}
}

// call calls any callable from Go code and returns its result.
func (t *Thread) call(fn Value, args []Value, kw *Kwargs) (Value, error) {
	if fn.kind == KFunc && kw == nil {
		if fun := fn.function(); fun.Code.plain && len(args) == fun.Code.argc {
			f, err := t.pushPlain(fun, args, nil, 0)
			if err != nil {
				return Value{}, err
			}
			f.stop, f.special = true, true
			return t.run(f)
		}
	}
	res, f, err := t.callValue(fn, args, kw, nil, 0)
	if err != nil || f == nil {
		return res, err
	}
	f.stop, f.special = true, true
	return t.run(f)
}

// callValue calls fn. For an asl function it returns the new frame (to be
// run by the caller's loop) instead of a result.
func (t *Thread) callValue(fn Value, args []Value, kw *Kwargs, parent *frame, ret int) (Value, *frame, error) {
	switch fn.kind {
	case KFunc:
		fun := fn.function()
		bound, err := t.bindArgs(fun, args, kw)
		if err != nil {
			return Value{}, nil, err
		}
		f, err := t.pushFrame(fun, bound, parent, ret)
		if err != nil {
			return Value{}, nil, err
		}
		if fun.Code.Generator || fun.Code.Coroutine {
			g, err := t.startGenerator(f)
			return g, nil, err
		}
		return Value{}, f, nil
	case KBuiltin:
		b := fn.builtin()
		if b.Bound {
			all := make([]Value, 0, len(args)+1)
			all = append(append(all, b.Self), args...)
			v, err := b.Fn(t, all, kw)
			return v, nil, err
		}
		v, err := b.Fn(t, args, kw)
		return v, nil, err
	case KMethod:
		m := fn.method()
		all := make([]Value, 0, len(args)+1)
		all = append(append(all, m.Self), args...)
		return t.callValue(m.Fn, all, kw, parent, ret)
	case KClass:
		cls := fn.class()
		if cls.Meta != nil {
			if m, ok := metaOwn(cls.Meta, "__call__"); ok {
				return t.callValue(m, append([]Value{fn}, args...), kw, parent, ret)
			}
		}
		if cls.cached {
			if f, ok, err := t.initFrame(cls, args, kw, parent, ret); ok || err != nil {
				return Value{}, f, err
			}
		}
		v, err := t.instantiate(cls, args, kw)
		return v, nil, err
	case KInst:
		if call, ok := fn.inst().Class.Lookup("__call__"); ok {
			all := append([]Value{fn}, args...)
			return t.callValue(call, all, kw, parent, ret)
		}
	}
	return Value{}, nil, Errorf(TypeErrorType, "'%s' object is not callable", typeName(fn))
}

// initFrame starts a class call whose __init__ is asl code as a frame of
// the caller's loop (no Go recursion); ok is false when the class needs
// the general path (__new__, built-in bases).
func (t *Thread) initFrame(cls *Class, args []Value, kw *Kwargs, parent *frame, ret int) (*frame, bool, error) {
	fn := cls.simpleInit()
	if fn == nil {
		return nil, false, nil
	}
	var self Value
	if cls.IsExc {
		// An exception's args are the call's, whatever __init__ does.
		self = InstValue(allocExcInstance(cls, args))
	} else {
		self = InstValue(allocShaped(cls, cls.attrHint))
	}
	// self and the arguments go through a scratch slice: bindArgs and
	// pushFrame copy what they keep, and no asl code runs in between.
	all := append(append(t.initArgs[:0], self), args...)
	t.initArgs = all
	bound, err := t.bindArgs(fn, all, kw)
	if err != nil {
		clear(all)
		return nil, true, err
	}
	f, err := t.pushFrame(fn, bound, parent, ret)
	clear(all) // keep nothing alive
	if err != nil {
		return nil, true, err
	}
	f.initSelf, f.special = self, true
	return f, true, nil
}
