package vm

import (
	"github.com/asl-lang/asl/compiler"
)

// SystemErrorType is raised for internal inconsistencies.
var SystemErrorType = excClass("SystemError", ExceptionType)

// unwind looks for a handler of err, popping frames up to the one marked
// stop. It returns the frame to continue in and whether a handler was
// found; otherwise err (with its traceback) goes back to the Go caller.
func (t *Thread) unwind(f *frame, err error) (*frame, bool, error) {
	exc := asException(err)
	inst := exc.Value.inst()
	if inst.Exc == nil {
		inst.Exc = &ExcData{Cause: None, Context: None}
	}
	if exc.reraisedIn == nil && len(inst.Exc.Traceback) == 0 {
		t.setContext(inst)
	}
	for {
		pc := f.pc - 1
		if !exc.noTraceback(f) {
			inst.Exc.Traceback = append(inst.Exc.Traceback, TBEntry{Code: f.code, Line: int(f.code.Lines[pc])})
		}
		best := -1
		for i, e := range f.code.ExcTable {
			if pc >= e.Start && pc < e.End && (best < 0 || e.Depth > f.code.ExcTable[best].Depth) {
				best = i
			}
		}
		if best >= 0 {
			e := f.code.ExcTable[best]
			f.regs[e.Reg] = exc.Value
			if e.Push {
				t.handled = append(t.handled, exc.Value)
			}
			f.pc = e.Handler
			exc.reraisedIn = nil
			return f, true, nil
		}
		parent, stop := f.parent, f.stop
		if f.gen != nil {
			t.genFinished(f)
		} else {
			t.popFrame(f)
		}
		if stop || parent == nil {
			return nil, false, exc
		}
		f = parent
	}
}

// noTraceback reports whether the exception was re-raised in f (so f is
// already in its traceback).
func (e *Exception) noTraceback(f *frame) bool { return e.reraisedIn == f }

// raise implements the raise statement's forms.
func (t *Thread) raise(f *frame, mode int, v, cause Value) error {
	switch mode {
	case compiler.RaiseBare:
		if len(t.handled) == 0 {
			return Errorf(RuntimeErrorType, "No active exception to reraise")
		}
		return &Exception{Value: t.handled[len(t.handled)-1], reraisedIn: nil}
	case compiler.RaiseReraise:
		return &Exception{Value: v, reraisedIn: f}
	}
	exc, err := t.toException(v)
	if err != nil {
		return err
	}
	inst := exc.Value.inst()
	if mode == compiler.RaiseFrom {
		switch {
		case cause.kind == KNone:
			inst.Exc.Cause = None
		case cause.kind == KClass && cause.class().IsExc:
			c, err := t.toException(cause)
			if err != nil {
				return err
			}
			inst.Exc.Cause = c.Value
		case cause.kind == KInst && cause.inst().Exc != nil:
			inst.Exc.Cause = cause
		default:
			return Errorf(TypeErrorType, "exception causes must derive from BaseException")
		}
		inst.Exc.SuppressContext = true
	}
	t.setContext(inst)
	return exc
}

// setContext links a new exception to the one being handled.
func (t *Thread) setContext(inst *Instance) {
	if len(t.handled) == 0 {
		return
	}
	ctx := t.handled[len(t.handled)-1]
	if ctx.inst() != inst && inst.Exc.Context.kind == KNone {
		inst.Exc.Context = ctx
	}
}

// toException makes an exception from a class or an instance.
func (t *Thread) toException(v Value) (*Exception, error) {
	switch v.kind {
	case KClass:
		if v.class().IsExc {
			r, err := t.call(v, nil, nil)
			if err != nil {
				return nil, err
			}
			if r.kind == KInst && r.inst().Exc != nil {
				return excError(r.inst()), nil
			}
			return &Exception{Value: r}, nil
		}
	case KInst:
		if v.inst().Exc != nil {
			return excError(v.inst()), nil
		}
	}
	return nil, Errorf(TypeErrorType, "exceptions must derive from BaseException")
}

// matchException is "except cls:" for exception exc.
func (t *Thread) matchException(exc, cls Value) (bool, error) {
	inst := exc.inst()
	switch cls.kind {
	case KClass:
		if !cls.class().IsExc {
			break
		}
		return inst.Class.IsSubclass(cls.class()), nil
	case KTuple:
		for _, c := range cls.tuple().Items {
			ok, err := t.matchException(exc, c)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	return false, Errorf(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
}

// unboundCell reports a read of an empty cell.
func (t *Thread) unboundCell(f *frame, k, nameIdx int) error {
	name := f.code.Code.Names[nameIdx]
	if k < len(f.code.CellNames) {
		return Errorf(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", name)
	}
	return Errorf(NameErrorType, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
}
