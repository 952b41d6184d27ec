package vm

// The awaitables that an async generator's asend(), athrow() and aclose()
// return (and __anext__, which is asend(None)). Each is a generator value
// of kind genAsyncOp: stepping it steps the async generator, passing its
// awaits up to the task and ending at its next yield (the result), its
// return (StopAsyncIteration) or an exception.

type opKind uint8

const (
	opSend opKind = iota
	opThrow
	opClose
	opYieldOnce // YieldOnce's coroutine: no async generator
	opNative    // NewNativeIter's iterator: native steps it
)

type opState uint8

const (
	opInit opState = iota
	opRunning
	opDone
)

// agenOp is the state of one asend/athrow/aclose awaitable.
type agenOp struct {
	kind  opKind
	state opState
	agen  Value      // the async generator
	sent  Value      // asend's value, sent by the first step
	exc   *Exception // athrow's and aclose's exception
	// native steps NewNativeIter's iterators, of class cls.
	native Stepper
	cls    *Class
}

// asyncGenOp makes an awaitable operation on an async generator.
func (t *Thread) asyncGenOp(agen Value, kind opKind, sent Value, exc *Exception) Value {
	g := frameless(genAsyncOp, &agenOp{kind: kind, agen: agen, sent: sent, exc: exc}, nil, "")
	if t.AsyncGenFirstIter != nil {
		if a := agen.gen(); !a.hooked {
			a.hooked = true
			t.AsyncGenFirstIter(agen)
		}
	}
	return ptrValue(KGen, unsafePointer(g))
}

// opSend steps the awaitable with the value its awaiter sends.
func (t *Thread) opSend(g *Generator, sent Value) (Value, bool, error) {
	op := g.ext.op
	if op.state == opDone {
		return Value{}, false, Errorf(RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()")
	}
	if op.kind == opNative {
		return op.native.Step(t, sent, nil)
	}
	if op.kind == opYieldOnce {
		if op.state == opInit {
			op.state = opRunning
			return None, true, nil
		}
		op.state = opDone
		return op.sent, false, nil
	}
	a := op.agen.gen()
	if op.state == opInit {
		if a.agRunning {
			op.state = opDone
			name := [...]string{"anext", "athrow", "aclose"}[op.kind]
			return Value{}, false, Errorf(RuntimeErrorType, "%s(): asynchronous generator is already running", name)
		}
		op.state = opRunning
		a.agRunning = true
		switch op.kind {
		case opSend:
			if a.finished {
				op.state = opDone
				a.agRunning = false
				return Value{}, false, NewException(StopAsyncIterationType)
			}
			r, yielded, err := t.genSend(op.agen, op.sent)
			return t.opResult(g, r, yielded, err)
		default:
			if a.finished || !a.started {
				a.finished = true
				a.agRunning = false
				op.state = opDone
				if op.kind == opClose {
					return None, false, nil
				}
				return Value{}, false, op.exc
			}
			r, yielded, err := t.genThrow(op.agen, op.exc)
			return t.opResult(g, r, yielded, err)
		}
	}
	r, yielded, err := t.genSend(op.agen, sent)
	return t.opResult(g, r, yielded, err)
}

// opThrow raises exc where the async generator awaits (a cancellation).
func (t *Thread) opThrow(g *Generator, exc *Exception) (Value, bool, error) {
	op := g.ext.op
	if op.kind == opNative {
		return op.native.Step(t, None, exc)
	}
	if op.state != opRunning || op.kind == opYieldOnce {
		op.state = opDone
		return Value{}, false, exc
	}
	r, yielded, err := t.genThrow(op.agen, exc)
	return t.opResult(g, r, yielded, err)
}

// opResult turns what the async generator did into the awaitable's step:
// an await passes up, a yield is the result, a return is
// StopAsyncIteration.
func (t *Thread) opResult(g *Generator, r Value, yielded bool, err error) (Value, bool, error) {
	op := g.ext.op
	a := op.agen.gen()
	if !yielded || a.frame == nil || !a.frame.yieldFrom {
		a.agRunning = false // the operation ends here
	}
	if err != nil {
		op.state = opDone
		if op.kind == opClose {
			if e, ok := err.(*Exception); ok {
				c := e.Value.inst().Class
				if c.IsSubclass(GeneratorExitType) || c.IsSubclass(StopAsyncIterationType) {
					return None, false, nil
				}
			}
		}
		return Value{}, false, err
	}
	if yielded {
		if a.frame != nil && a.frame.yieldFrom {
			return r, true, nil // an await inside the async generator
		}
		op.state = opDone
		if op.kind == opClose {
			return Value{}, false, Errorf(RuntimeErrorType, "async generator ignored GeneratorExit")
		}
		return r, false, nil
	}
	op.state = opDone
	if op.kind == opClose {
		return None, false, nil
	}
	return Value{}, false, NewException(StopAsyncIterationType)
}

// The methods of async generators (filled by init: they reach call).
var agenMethods = map[string]methodFunc{}

func agenMethodTable() map[string]methodFunc {
	return map[string]methodFunc{
		"__aiter__": func(t *Thread, a []Value, kw *Kwargs) (Value, error) { return a[0], nil },
		"__anext__": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
			return t.asyncGenOp(a[0], opSend, None, nil), nil
		},
		"asend": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
			if len(a) != 2 {
				return Value{}, Errorf(TypeErrorType, "async_generator.asend() takes exactly one argument (%d given)", len(a)-1)
			}
			return t.asyncGenOp(a[0], opSend, a[1], nil), nil
		},
		"athrow": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
			if len(a) < 2 {
				return Value{}, Errorf(TypeErrorType, "athrow expected at least 1 argument, got 0")
			}
			exc, err := t.throwArgs(a[1:])
			if err != nil {
				return Value{}, err
			}
			return t.asyncGenOp(a[0], opThrow, None, exc), nil
		},
		"aclose": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
			return t.asyncGenOp(a[0], opClose, None, NewException(GeneratorExitType)), nil
		},
	}
}

// The methods of coroutines: send, throw and close as generators', and
// __await__, which gives an iterator over the coroutine (CPython's
// coroutine_wrapper), so that an awaitable class's __await__ may return
// coro.__await__().
var coroMethods = map[string]methodFunc{
	"__await__": func(t *Thread, a []Value, kw *Kwargs) (Value, error) { return coroWrapper(a[0]), nil },
}

// coroWrapperType is the type of coro.__await__().
var coroWrapperType = NewBuiltinClass("coroutine_wrapper", "builtins", KGen)

// coroWrapper is the iterator coro.__await__() returns: sends and throws
// go to the coroutine.
func coroWrapper(coro Value) Value {
	return NewNativeIter(coroWrapperType, func(t *Thread, sent Value, exc error) (Value, bool, error) {
		if exc != nil {
			if e, ok := exc.(*Exception); ok {
				return t.genThrow(coro, e)
			}
			return Value{}, false, exc
		}
		return t.genSend(coro, sent)
	})
}

// The methods of the asend/athrow awaitables.
var agenOpMethods = map[string]methodFunc{
	"__await__": func(t *Thread, a []Value, kw *Kwargs) (Value, error) { return a[0], nil },
	"__iter__":  func(t *Thread, a []Value, kw *Kwargs) (Value, error) { return a[0], nil },
}

// initGenTables builds the tables of coroutines and async generators;
// gen.go's init calls it once generators' own methods are in place.
func initGenTables() {
	agenMethods = agenMethodTable()
	for _, n := range []string{"send", "throw", "close"} {
		coroMethods[n] = genMethods[n]
		agenOpMethods[n] = genMethods[n]
	}
	agenOpMethods["__next__"] = genMethods["__next__"]
	genTables = [4]map[string]methodFunc{genMethods, coroMethods, agenMethods, agenOpMethods}
}

// genTables holds the method tables by generator kind (filled by init,
// as the tables reach the functions that look methods up).
var genTables [4]map[string]methodFunc

// genMethodTable is the method table of a generator-kind value.
func genMethodTable(v Value) map[string]methodFunc { return genTables[v.gen().kind] }

// YieldOnce returns a coroutine that suspends once (yielding None to the
// task that steps it) and then returns result: asyncio.sleep(0) without a
// frame.
func YieldOnce(result Value) Value {
	g := frameless(genCoroutine, &agenOp{kind: opYieldOnce, sent: result}, nil, "sleep")
	return ptrValue(KGen, unsafePointer(g))
}
