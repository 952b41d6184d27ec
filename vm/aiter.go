package vm

// aiter(obj) and anext(it[, default]): the built-ins of async iteration.

func bAiter(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if err := argCount("aiter", args, 1, 1); err != nil {
		return Value{}, err
	}
	v := args[0]
	if v.kind == KGen && v.gen().kind == genAsyncGen {
		return v, nil
	}
	m, err := t.getAttr(v, NewStr("__aiter__"))
	if err != nil {
		return Value{}, Errorf(TypeErrorType, "'%s' object is not an async iterable", typeName(v))
	}
	r, err := t.call(m, nil, nil)
	if err != nil {
		return Value{}, err
	}
	if !(r.kind == KGen && r.gen().kind == genAsyncGen) {
		if _, err := t.getAttr(r, NewStr("__anext__")); err != nil {
			return Value{}, Errorf(TypeErrorType, "aiter() returned not an async iterator of type '%s'", typeName(r))
		}
	}
	return r, nil
}

func bAnext(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if err := argCount("anext", args, 1, 2); err != nil {
		return Value{}, err
	}
	v := args[0]
	var aw Value
	if v.kind == KGen && v.gen().kind == genAsyncGen {
		aw = t.asyncGenOp(v, opSend, None, nil)
	} else {
		m, err := t.getAttr(v, NewStr("__anext__"))
		if err != nil {
			return Value{}, Errorf(TypeErrorType, "'%s' object is not an async iterator", typeName(v))
		}
		if aw, err = t.call(m, nil, nil); err != nil {
			return Value{}, err
		}
	}
	if len(args) == 1 {
		return aw, nil
	}
	it, err := t.getAwaitable(aw)
	if err != nil {
		return Value{}, err
	}
	def := args[1]
	// With a default: an awaitable that turns StopAsyncIteration into it.
	return NewNativeIter(anextAwaitableType, func(t *Thread, sent Value, exc error) (Value, bool, error) {
		var r Value
		var yielded bool
		var err error
		if exc != nil {
			e, ok := exc.(*Exception)
			if ok && it.kind == KGen {
				r, yielded, err = t.genThrow(it, e)
			} else {
				return Value{}, false, exc
			}
		} else {
			r, yielded, err = t.delegate(it, sent)
		}
		if err != nil && isStopAsync(err) {
			return def, false, nil
		}
		return r, yielded, err
	}), nil
}

// anextAwaitableType is the type of anext(it, default)'s awaitable.
var anextAwaitableType = newClass("anext_awaitable", ObjectType, KGen)
