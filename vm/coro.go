package vm

import "fmt"

// Coroutines and async generators share generators' frames and
// suspension: a coroutine is a generator whose awaits are YIELDFROMs that
// hand what they await (a future) up to whoever steps it, the Task.

// genKind tells generators, coroutines, async generators and the
// awaitables of async generators' methods apart.
type genKind uint8

const (
	genPlain genKind = iota
	genCoroutine
	genAsyncGen
	genAsyncOp // asend/athrow/aclose awaitable: op holds its state
)

// The types of coroutines and async generators.
var (
	CoroutineType      = newClass("coroutine", ObjectType, KGen)
	AsyncGeneratorType = newClass("async_generator", ObjectType, KGen)
	asendType          = newClass("async_generator_asend", ObjectType, KGen)
	athrowType         = newClass("async_generator_athrow", ObjectType, KGen)
)

// genType is the class of a generator-kind value.
func genType(g *Generator) *Class {
	switch g.kind {
	case genCoroutine:
		return CoroutineType
	case genAsyncGen:
		return AsyncGeneratorType
	case genAsyncOp:
		if op := g.ext.op; op.kind == opNative {
			return op.cls
		} else if op.kind == opSend {
			return asendType
		}
		return athrowType
	}
	return GeneratorType
}

// genRepr is repr of a generator, coroutine or async generator.
func genRepr(v Value) string {
	g := v.gen()
	if g.kind == genAsyncOp {
		return fmt.Sprintf("<%s object at %#x>", genType(g).Name, uintptr(v.ptr))
	}
	return fmt.Sprintf("<%s object %s at %#x>", genType(g).Name, g.qualname(), uintptr(v.ptr))
}

// getAwaitable is the iterator "await v" delegates to: a coroutine
// itself, or what v.__await__() returns.
func (t *Thread) getAwaitable(v Value) (Value, error) {
	if v.kind == KGen {
		g := v.gen()
		switch g.kind {
		case genCoroutine:
			if g.finished && g.started {
				return Value{}, Errorf(RuntimeErrorType, "cannot reuse already awaited coroutine")
			}
			return v, nil
		case genAsyncOp:
			return v, nil
		}
		return Value{}, Errorf(TypeErrorType, "object %s can't be used in 'await' expression", genType(g).Name)
	}
	m, err := t.getAttr(v, NewStr("__await__"))
	if err != nil {
		return Value{}, Errorf(TypeErrorType, "object %s can't be used in 'await' expression", typeName(v))
	}
	it, err := t.call(m, nil, nil)
	if err != nil {
		return Value{}, err
	}
	if it.kind == KGen && it.gen().kind == genCoroutine || !t.isIterator(it) {
		return Value{}, Errorf(TypeErrorType, "__await__() returned non-iterator of type '%s'", typeName(it))
	}
	return it, nil
}

// getAIter is "async for"'s R(B).__aiter__().
func (t *Thread) getAIter(v Value) (Value, error) {
	if v.kind == KGen && v.gen().kind == genAsyncGen {
		return v, nil
	}
	m, err := t.getAttr(v, NewStr("__aiter__"))
	if err != nil {
		return Value{}, Errorf(TypeErrorType, "'async for' requires an object with __aiter__ method, got %s", typeName(v))
	}
	r, err := t.call(m, nil, nil)
	if err != nil {
		return Value{}, err
	}
	if !(r.kind == KGen && r.gen().kind == genAsyncGen) {
		if _, err := t.getAttr(r, NewStr("__anext__")); err != nil {
			return Value{}, Errorf(TypeErrorType, "'async for' received an object from __aiter__ that does not implement __anext__: %s", typeName(r))
		}
	}
	return r, nil
}

// getANext is the awaitable iterator of "async for"'s R(B).__anext__().
func (t *Thread) getANext(v Value) (Value, error) {
	if v.kind == KGen && v.gen().kind == genAsyncGen {
		return t.asyncGenOp(v, opSend, None, nil), nil
	}
	m, err := t.getAttr(v, NewStr("__anext__"))
	if err != nil {
		return Value{}, Errorf(TypeErrorType, "'async for' requires an iterator with __anext__ method, got %s", typeName(v))
	}
	r, err := t.call(m, nil, nil)
	if err != nil {
		return Value{}, err
	}
	it, err := t.getAwaitable(r)
	if err != nil {
		return Value{}, Errorf(TypeErrorType, "'async for' received an invalid object from __anext__: %s", typeName(r))
	}
	return it, nil
}

// asyncWithEnter starts an async with: regs[1] gets the bound __aexit__,
// regs[2] the awaitable iterator of __aenter__().
func (t *Thread) asyncWithEnter(regs []Value) error {
	mgr := regs[0]
	enter, err := t.getAttr(mgr, NewStr("__aenter__"))
	if err != nil {
		return Errorf(TypeErrorType, "'%s' object does not support the asynchronous context manager protocol", typeName(mgr))
	}
	exit, err := t.getAttr(mgr, NewStr("__aexit__"))
	if err != nil {
		return Errorf(TypeErrorType, "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)", typeName(mgr))
	}
	r, err := t.call(enter, nil, nil)
	if err != nil {
		return err
	}
	regs[1], regs[2] = exit, r
	return nil
}

// asyncWithExit calls __aexit__ with the exception (or None).
func (t *Thread) asyncWithExit(regs []Value, exc Value, failed bool) (Value, error) {
	if !failed {
		return t.call(regs[1], []Value{None, None, None}, nil)
	}
	return t.call(regs[1], []Value{ClassValue(exc.inst().Class), exc, t.tracebackOf(exc)}, nil)
}

// asyncWithCheck ends an async with left by exc: a true result of the
// awaited __aexit__ swallows it, anything else re-raises it.
func (t *Thread) asyncWithCheck(f *frame, result, exc Value) error {
	if len(t.handled) > f.handledBase() {
		t.handled = t.handled[:len(t.handled)-1]
	}
	swallow, err := t.truth(result)
	if err != nil {
		return err
	}
	if swallow {
		return nil
	}
	return &Exception{Value: exc, reraisedIn: f}
}

// isStopAsync reports whether err is a StopAsyncIteration.
func isStopAsync(err error) bool {
	e, ok := err.(*Exception)
	return ok && e.Value.inst().Class.IsSubclass(StopAsyncIterationType)
}

// genNoun names a generator's kind in messages: "async generator".
func genNoun(g *Generator) string {
	switch g.kind {
	case genCoroutine:
		return "coroutine"
	case genAsyncGen:
		return "async generator"
	}
	return "generator"
}

// IsCoroutineLike reports whether v is a coroutine for asyncio 3.11's
// iscoroutine: a coroutine or generator object, an async generator's
// asend/athrow awaitable, or an object with send, throw, close and
// __await__ (collections.abc.Coroutine).
func (t *Thread) IsCoroutineLike(v Value) bool {
	if v.kind == KGen {
		return v.gen().kind != genAsyncGen
	}
	if v.kind != KInst {
		return false
	}
	for _, n := range []string{"send", "throw", "close", "__await__"} {
		if _, ok := v.inst().Class.Lookup(n); !ok {
			return false
		}
	}
	return true
}
