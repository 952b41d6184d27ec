package vm

// withEnter implements the start of a with statement: regs[0] is the
// context manager; regs[1] gets its bound __exit__, regs[2] the result of
// __enter__.
func (t *Thread) withEnter(regs []Value) error {
	mgr := regs[0]
	enter, err := t.getAttr(mgr, NewStr("__enter__"))
	if err != nil {
		return Errorf(TypeErrorType, "'%s' object does not support the context manager protocol", typeName(mgr))
	}
	exit, err := t.getAttr(mgr, NewStr("__exit__"))
	if err != nil {
		return Errorf(TypeErrorType, "'%s' object does not support the context manager protocol (missed __exit__ method)", typeName(mgr))
	}
	r, err := t.call(enter, nil, nil)
	if err != nil {
		return err
	}
	regs[1], regs[2] = exit, r
	return nil
}

// withExit calls __exit__; with an exception, a true result swallows it
// and anything else re-raises it.
func (t *Thread) withExit(f *frame, regs []Value, failed bool, exc Value) error {
	if !failed {
		_, err := t.call(regs[1], []Value{None, None, None}, nil)
		return err
	}
	// The handler pushed exc as the one being handled; pop it when done.
	defer func() {
		if len(t.handled) > 0 {
			t.handled = t.handled[:len(t.handled)-1]
		}
	}()
	r, err := t.call(regs[1], []Value{ClassValue(exc.inst().Class), exc, t.tracebackOf(exc)}, nil)
	if err != nil {
		return err
	}
	swallow, err := t.truth(r)
	if err != nil {
		return err
	}
	if swallow {
		return nil
	}
	return &Exception{Value: exc, reraisedIn: f}
}

// tracebackOf is exc.__traceback__ (None when it has none).
func (t *Thread) tracebackOf(exc Value) Value {
	tb, err := t.getAttr(exc, NewStr("__traceback__"))
	if err != nil {
		return None
	}
	return tb
}
