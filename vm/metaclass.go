package vm

// Metaclasses: a class statement with metaclass=M (or a base made by M)
// makes its class by calling M, and the class's own operations (iteration,
// len, in, [], repr, calls, attribute fallbacks) use the dunders M defines.

func init() {
	sm := newInstance(StaticMethodType)
	sm.NS().SetStr("__func__", NewBuiltin("__new__", typeNew))
	TypeType.Dict.SetStr("__new__", InstValue(sm))
	TypeType.Dict.SetStr("__init__", NewBuiltin("__init__", typeInit))
	TypeType.Dict.SetStr("__call__", NewBuiltin("__call__", typeCall))
	TypeType.Dict.SetStr("__setattr__", NewBuiltin("__setattr__", typeSetattr))
	TypeType.Dict.SetStr("__delattr__", NewBuiltin("__delattr__", typeDelattr))
}

// typeSetattr is type.__setattr__(cls, name, value): past any __setattr__
// the metaclass defines.
func typeSetattr(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if len(args) != 3 || args[0].kind != KClass || args[1].kind != KStr {
		return Value{}, Errorf(TypeErrorType, "type.__setattr__ expects a class, a name and a value")
	}
	return None, t.setClassAttr(args[0].class(), args[1], args[2])
}

// typeDelattr is type.__delattr__(cls, name).
func typeDelattr(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if len(args) != 2 || args[0].kind != KClass || args[1].kind != KStr {
		return Value{}, Errorf(TypeErrorType, "type.__delattr__ expects a class and a name")
	}
	ok, err := args[0].class().Dict.Delete(t, args[1])
	if err == nil && !ok {
		err = Errorf(AttributeErrorType, "type object '%s' has no attribute '%s'", args[0].class().Name, args[1].S())
	}
	return None, err
}

// typeNew is type.__new__(mcls, name, bases, namespace, **kw).
func typeNew(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if len(args) != 4 {
		if len(args) == 2 {
			return ClassValue(TypeOf(args[1])), nil
		}
		return Value{}, Errorf(TypeErrorType, "type.__new__() takes exactly 3 arguments (%d given)", len(args)-1)
	}
	if args[0].kind != KClass || !args[0].class().IsSubclass(TypeType) {
		return Value{}, Errorf(TypeErrorType, "type.__new__(X): X is not a type object (%s)", typeName(args[0]))
	}
	return t.newClassFrom(args[0].class(), args[1:], kw)
}

// newClassFrom builds a class of metaclass meta from (name, bases, dict).
func (t *Thread) newClassFrom(meta *Class, args []Value, kw *Kwargs) (Value, error) {
	name, bases, ns := args[0], args[1], args[2]
	if name.kind != KStr {
		return Value{}, Errorf(TypeErrorType, "type.__new__() argument 1 must be str, not %s", typeName(name))
	}
	if bases.kind != KTuple {
		return Value{}, Errorf(TypeErrorType, "type.__new__() argument 2 must be tuple, not %s", typeName(bases))
	}
	if ns.kind != KDict {
		return Value{}, Errorf(TypeErrorType, "type.__new__() argument 3 must be dict, not %s", typeName(ns))
	}
	bs := make([]*Class, len(bases.tuple().Items))
	for i, b := range bases.tuple().Items {
		if b.kind != KClass {
			return Value{}, Errorf(TypeErrorType, "bases must be types")
		}
		bs[i] = b.class()
	}
	winner, _, err := pickMeta(bs, &Kwargs{Names: []string{"metaclass"}, Values: []Value{ClassValue(meta)}})
	if err != nil {
		return Value{}, err
	}
	d := newDict(ns.dict().Len())
	for _, e := range ns.dict().entries {
		if !e.deleted {
			if err := d.Set(t, e.key, e.val); err != nil {
				return Value{}, err
			}
		}
	}
	if _, ok := d.GetStr("__module__"); !ok {
		if t.cur != nil {
			if m, ok := t.cur.globals.GetStr("__name__"); ok {
				d.SetStr("__module__", m)
			}
		}
	}
	cls, err := t.buildClass(name.S(), bs, d, winner, kw)
	if err != nil {
		return Value{}, err
	}
	return ClassValue(cls), nil
}

// typeInit is type.__init__: the class is complete already.
func typeInit(t *Thread, args []Value, kw *Kwargs) (Value, error) { return None, nil }

// typeCall is type.__call__(cls, *args, **kw): make an instance the usual
// way, past any __call__ the metaclass defines.
func typeCall(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if len(args) == 0 || args[0].kind != KClass {
		return Value{}, Errorf(TypeErrorType, "descriptor '__call__' of 'type' object needs an argument")
	}
	cls := args[0].class()
	if cls.IsSubclass(TypeType) && cls != TypeType {
		return t.callMeta(cls, args[1:], kw)
	}
	return t.instantiate(cls, args[1:], kw)
}

// callMeta calls a metaclass as a class statement does: M.__new__ makes
// the class, then M.__init__ runs on it.
func (t *Thread) callMeta(meta *Class, args []Value, kw *Kwargs) (Value, error) {
	var cls Value
	var err error
	if nw, ok := metaOwn(meta, "__new__"); ok {
		if nw.kind == KInst && nw.inst().Class == StaticMethodType {
			nw = nw.inst().NS().mustGet("__func__")
		}
		cls, err = t.call(nw, append([]Value{ClassValue(meta)}, args...), kw)
	} else {
		if len(args) != 3 {
			return Value{}, Errorf(TypeErrorType, "type.__new__() takes exactly 3 arguments (%d given)", len(args))
		}
		cls, err = t.newClassFrom(meta, args, kw)
	}
	if err != nil {
		return Value{}, err
	}
	if cls.kind == KClass && cls.class().metaclass().IsSubclass(meta) {
		if init, ok := metaOwn(meta, "__init__"); ok {
			if _, err := t.call(init, append([]Value{cls}, args...), kw); err != nil {
				return Value{}, err
			}
		}
	}
	return cls, nil
}

// metaOwn finds a name along a metaclass's MRO before type: what a
// metaclass written in asl defines.
func metaOwn(meta *Class, name string) (Value, bool) {
	for _, k := range meta.MRO {
		if k == TypeType {
			break
		}
		if v, ok := k.Dict.GetStr(name); ok {
			return v, true
		}
	}
	return Value{}, false
}

// metaMethod returns the dunder a class's metaclass defines, if any.
func metaMethod(v Value, name string) (Value, bool) {
	if v.kind != KClass {
		return Value{}, false
	}
	m := v.class().Meta
	if m == nil {
		return Value{}, false
	}
	return metaOwn(m, name)
}

// callMetaMethod calls the metaclass dunder name on class v.
func (t *Thread) callMetaMethod(v Value, name string, args ...Value) (Value, bool, error) {
	m, ok := metaMethod(v, name)
	if !ok {
		return Value{}, false, nil
	}
	r, err := t.call(m, append([]Value{v}, args...), nil)
	return r, true, err
}

// metaAttr finds an attribute of a class on its metaclass: methods bind
// to the class, properties run with it.
func (t *Thread) metaAttr(v Value, name string) (Value, bool, error) {
	m, ok := metaMethod(v, name)
	if !ok {
		return Value{}, false, nil
	}
	r, err := t.descriptorGet(m, v, v.class().Meta)
	return r, true, err
}
