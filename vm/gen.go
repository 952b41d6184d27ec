package vm

// Generator is a suspended generator or coroutine frame.
type Generator struct {
	frame    *frame
	running  bool
	finished bool
	name     string
}

// startGenerator wraps a new frame as a generator object.
func (t *Thread) startGenerator(f *frame) (Value, error) {
	g := &Generator{frame: f, name: f.code.Name}
	f.gen = g
	f.parent = nil
	return ptrValue(KGen, unsafePointer(g)), nil
}

// genNext resumes a generator with None.
func (t *Thread) genNext(v Value) (Value, bool, error) {
	return t.genSend(v, None)
}

// genSend resumes a generator; ok is false when it returned.
func (t *Thread) genSend(v, sent Value) (Value, bool, error) {
	g := (*Generator)(v.ptr)
	if g.finished {
		return Value{}, false, nil
	}
	if g.running {
		return Value{}, false, Errorf(ValueErrorType, "generator already executing")
	}
	f := g.frame
	if f.pc > 0 {
		// The yield instruction wants the sent value in its A register.
		in := f.code.Instrs[f.pc-1]
		f.regs[in.A()] = sent
	} else if sent.kind != KNone {
		return Value{}, false, Errorf(TypeErrorType, "can't send non-None value to a just-started generator")
	}
	if t.depth >= t.MaxDepth {
		return Value{}, false, Errorf(RecursionErrorType, "maximum recursion depth exceeded")
	}
	t.depth++
	g.running = true
	f.stop = true
	f.handled = t.handled
	r, err := t.run(f)
	g.running = false
	if err != nil {
		g.finished = true
		return Value{}, false, err
	}
	if g.finished {
		return r, false, nil
	}
	return r, true, nil
}

// genYield suspends f, handing v to whoever resumed it.
func (t *Thread) genYield(f *frame, v Value, _ int) (Value, error) {
	t.depth--
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
