package vm

// Generator is a suspended generator or coroutine frame.
type Generator struct {
	frame    *frame
	running  bool
	finished bool
	started  bool
	kind     genKind
	hooked   bool // an async generator the first-iteration hook has seen
	// stepped: a Go coroutine has run (they count as started from birth).
	stepped bool
	// agRunning: an asend/athrow/aclose of this async generator is under way.
	agRunning bool
	// ext is what a generator without a frame has instead: one written
	// in Go, or an async generator's asend/athrow/aclose.
	ext *genExt
	// handled holds the exceptions the generator's except blocks were
	// handling when it last suspended; resuming puts them back.
	handled *[]Value
}

// genExt is the state of a generator without a frame.
type genExt struct {
	op *agenOp // the state of an async generator's asend/athrow/aclose
	// native steps a coroutine written in Go (NewNativeCoroutine).
	native Stepper
	nname  string // the generator's name
}

// frameless makes a generator without a frame, with its extension and
// op state in the same allocation.
func frameless(kind genKind, op *agenOp, native Stepper, name string) *Generator {
	box := &struct {
		g   Generator
		ext genExt
		op  agenOp
	}{}
	if op != nil {
		box.op = *op
		box.ext.op = &box.op
	}
	box.ext.native, box.ext.nname = native, name
	box.g = Generator{kind: kind, ext: &box.ext, started: true}
	return &box.g
}

// aop is the async-generator op state of a frameless generator, or nil.
func (g *Generator) aop() *agenOp {
	if g.ext == nil {
		return nil
	}
	return g.ext.op
}

// stepper is the Go code of a coroutine written in Go, or nil.
func (g *Generator) stepper() Stepper {
	if g.ext == nil {
		return nil
	}
	return g.ext.native
}

// name is the generator's __name__.
func (g *Generator) name() string {
	if g.frame != nil {
		return g.frame.code.Name
	}
	return g.ext.nname
}

// qualname is the generator's __qualname__.
func (g *Generator) qualname() string {
	if g.frame != nil {
		return g.frame.code.QualName
	}
	return g.ext.nname
}

// startGenerator wraps a new frame as a generator object.
func (t *Thread) startGenerator(f *frame) (Value, error) {
	g := f.gen // allocated with the frame by pushFrame
	*g = Generator{frame: f}
	switch c := f.code.Code; {
	case c.Coroutine && c.Generator:
		g.kind = genAsyncGen
	case c.Coroutine:
		g.kind = genCoroutine
	}
	f.parent = nil
	return ptrValue(KGen, unsafePointer(g)), nil
}

func (v Value) gen() *Generator { return (*Generator)(v.ptr) }

// genNext resumes a generator with None.
func (t *Thread) genNext(v Value) (Value, bool, error) {
	return t.genSend(v, None)
}

// genSend resumes a generator; ok is false when it returned (the value is
// then its return value).
func (t *Thread) genSend(v, sent Value) (Value, bool, error) {
	g := v.gen()
	if g.stepper() != nil {
		return g.nativeStep(t, sent, nil)
	}
	if g.aop() != nil {
		return t.opSend(g, sent)
	}
	if g.finished {
		if g.kind == genCoroutine {
			return Value{}, false, Errorf(RuntimeErrorType, "cannot reuse already awaited coroutine")
		}
		return None, false, nil
	}
	if g.running {
		if g.kind == genCoroutine {
			return Value{}, false, Errorf(ValueErrorType, "coroutine already executing")
		}
		return Value{}, false, Errorf(ValueErrorType, "generator already executing")
	}
	f := g.frame
	if g.started {
		// The yield instruction wants the sent value in its A register.
		f.regs[f.code.Instrs[f.pc-1].A()] = sent
		if f.yieldFrom {
			f.yieldFrom = false
			f.pc-- // run the YIELDFROM again, to send on
		}
	} else if sent.kind != KNone {
		return Value{}, false, Errorf(TypeErrorType, "can't send non-None value to a just-started %s", genNoun(g))
	}
	return t.resume(g, nil)
}

// resume runs a generator's frame until it yields, returns or raises; a
// non-nil exc is raised at the point where it is suspended.
func (t *Thread) resume(g *Generator, exc error) (Value, bool, error) {
	f := g.frame
	if t.depth >= t.MaxDepth {
		return Value{}, false, Errorf(RecursionErrorType, "maximum recursion depth exceeded")
	}
	t.depth++
	g.running, g.started = true, true
	f.stop, f.special = true, true
	f.handled = t.handled
	if g.handled != nil {
		n := len(t.handled)
		t.handled = append(t.handled[:n:n], *g.handled...)
		g.handled = nil
	}
	var r Value
	var err error
	if exc != nil {
		var handled bool
		if _, handled, err = t.unwind(f, exc); handled {
			r, err = t.run(f)
		}
	} else {
		r, err = t.run(f)
	}
	g.running = false
	if err != nil {
		g.finished = true
		if e, ok := err.(*Exception); ok && g.kind == genAsyncGen && e.Value.inst().Class.IsSubclass(StopAsyncIterationType) {
			re := Errorf(RuntimeErrorType, "async generator raised StopAsyncIteration")
			re.Value.inst().Exc.Cause = e.Value
			re.Value.inst().Exc.Context = e.Value
			re.Value.inst().Exc.SuppressContext = true
			return Value{}, false, re
		}
		if e, ok := err.(*Exception); ok && e.Value.inst().Class.IsSubclass(StopIterationType) {
			// PEP 479: StopIteration cannot escape a generator.
			re := Errorf(RuntimeErrorType, "%s raised StopIteration", genNoun(g))
			re.Value.inst().Exc.Cause = e.Value
			re.Value.inst().Exc.Context = e.Value
			re.Value.inst().Exc.SuppressContext = true
			return Value{}, false, re
		}
		return Value{}, false, err
	}
	if g.finished {
		return r, false, nil
	}
	return r, true, nil
}

// genThrow raises exc inside the generator (generator.throw).
func (t *Thread) genThrow(v Value, exc *Exception) (Value, bool, error) {
	g := v.gen()
	if g.stepper() != nil {
		return g.nativeStep(t, None, exc)
	}
	if g.aop() != nil {
		return t.opThrow(g, exc)
	}
	if g.running {
		return Value{}, false, Errorf(ValueErrorType, "generator already executing")
	}
	if g.finished || !g.started {
		g.finished = true
		return Value{}, false, exc
	}
	f := g.frame
	if f.yieldFrom {
		// Throw into the iterator being delegated to first.
		sub := f.regs[f.code.Instrs[f.pc-1].B()]
		if sub.kind == KGen {
			r, yielded, err := t.genThrow(sub, exc)
			if err == nil && yielded {
				return r, true, nil
			}
			f.yieldFrom = false
			if err == nil {
				f.regs[f.code.Instrs[f.pc-1].A()] = r
				return t.resume(g, nil)
			}
			return t.resume(g, err)
		}
		f.yieldFrom = false
	}
	return t.resume(g, exc)
}

// genClose implements generator.close.
func (t *Thread) genClose(v Value) error {
	g := v.gen()
	if g.stepper() != nil {
		g.finished = true
		return nil
	}
	if op := g.aop(); op != nil {
		op.state = opDone
		return nil
	}
	if g.finished || !g.started {
		g.finished = true
		return nil
	}
	_, yielded, err := t.genThrow(v, NewException(GeneratorExitType))
	if yielded {
		return Errorf(RuntimeErrorType, "generator ignored GeneratorExit")
	}
	if e, ok := err.(*Exception); ok {
		c := e.Value.inst().Class
		if c.IsSubclass(GeneratorExitType) || c.IsSubclass(StopIterationType) {
			return nil
		}
	}
	return err
}

// delegate runs one step of "yield from it", sending sent: it returns the
// value to yield (yielded true) or the iterator's result.
func (t *Thread) delegate(it, sent Value) (Value, bool, error) {
	if it.kind == KGen {
		v, ok, err := t.genSend(it, sent)
		return v, ok, err
	}
	if sent.kind != KNone {
		r, err := t.callMethod(it, "send", sent)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Value.inst().Class.IsSubclass(StopIterationType) {
				return stopValue(e), false, nil
			}
			return Value{}, false, err
		}
		return r, true, nil
	}
	v, ok, err := t.next(it)
	if err != nil {
		return Value{}, false, err
	}
	if !ok {
		return None, false, nil
	}
	return v, true, nil
}

func stopValue(e *Exception) Value {
	if d := e.Value.inst().Exc; d != nil && len(d.Args) > 0 {
		return d.Args[0]
	}
	return None
}

// genYield suspends f, handing v to whoever resumed it.
func (t *Thread) genYield(f *frame, v Value, _ int) (Value, error) {
	t.depth--
	if n := len(f.handled); len(t.handled) > n {
		h := append([]Value(nil), t.handled[n:]...)
		f.gen.handled = &h
	}
	t.handled = f.handled
	return v, nil
}

// genReturn finishes a generator frame.
func (t *Thread) genReturn(f *frame, v Value) (Value, error) {
	t.genFinished(f)
	return v, nil
}

// genFinished marks the generator of f as done.
func (t *Thread) genFinished(f *frame) {
	f.gen.finished = true
	t.depth--
	t.handled = f.handled
}

func init() {
	genMethods["throw"] = func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		if len(a) < 2 {
			return Value{}, Errorf(TypeErrorType, "throw expected at least 1 argument, got 0")
		}
		exc, err := t.throwArgs(a[1:])
		if err != nil {
			return Value{}, err
		}
		v, yielded, err := t.genThrow(a[0], exc)
		if err != nil {
			return Value{}, err
		}
		if !yielded {
			return Value{}, NewException(StopIterationType, stopArgs(v)...)
		}
		return v, nil
	}
	genMethods["close"] = func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		return None, t.genClose(a[0])
	}
	genMethods["__next__"] = func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		v, ok, err := t.genNext(a[0])
		if err != nil {
			return Value{}, err
		}
		if !ok {
			return Value{}, NewException(StopIterationType, stopArgs(v)...)
		}
		return v, nil
	}
	initGenTables()
}

// stopArgs are the arguments of the StopIteration ending a generator.
func stopArgs(ret Value) []Value {
	if ret.kind == KNone {
		return nil
	}
	return []Value{ret}
}

// throwArgs makes the exception of throw(typ[, val[, tb]]).
func (t *Thread) throwArgs(a []Value) (*Exception, error) {
	typ := a[0]
	if len(a) > 1 && typ.kind == KClass && a[1].kind != KNone {
		if a[1].kind == KInst && a[1].inst().Exc != nil {
			return &Exception{Value: a[1]}, nil
		}
		r, err := t.call(typ, []Value{a[1]}, nil)
		if err != nil {
			return nil, err
		}
		return &Exception{Value: r}, nil
	}
	exc, err := t.toException(typ)
	if err != nil {
		return nil, Errorf(TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not %s", typeName(typ))
	}
	return exc, nil
}
