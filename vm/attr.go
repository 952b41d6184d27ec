package vm

// getAttr is v.name.
func (t *Thread) getAttr(v, name Value) (Value, error) {
	n := name.S()
	switch v.kind {
	case KInst:
		inst := v.inst()
		cls := inst.Class
		if cls == SuperType {
			return t.superAttr(inst, n)
		}
		attr, found := cls.Lookup(n)
		if found && isDataDescriptor(attr) {
			return t.descriptorGet(attr, v, cls)
		}
		if x, ok := inst.getOwn(n); ok {
			return x, nil
		}
		if found {
			return t.descriptorGet(attr, v, cls)
		}
		if inst.Exc != nil {
			if x, ok := excAttr(inst, n); ok {
				return x, nil
			}
		}
		if n == "__class__" {
			return ClassValue(cls), nil
		}
		if cls == PropertyType {
			if x, ok := propertyAttr(v, n); ok {
				return x, nil
			}
		}
		if n == "__dict__" && (inst.shape != nil || inst.ns != nil || inst.Exc != nil) {
			return ptrValue(KDict, unsafePointer(inst.NS())), nil
		}
		if inst.hasPayload() {
			if x, ok := t.payloadAttr(inst, n); ok {
				return x, nil
			}
		}
		if ga, ok := cls.Lookup("__getattr__"); ok {
			return t.call(ga, []Value{v, name}, nil)
		}
		return Value{}, Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", cls.Name, n)
	case KClass:
		c := v.class()
		if n == "__annotations__" && c.cached {
			// A class's own annotations, made empty on first use (3.10+).
			if x, ok := c.Dict.GetStr(n); ok {
				return x, nil
			}
			d := NewDict()
			c.Dict.SetStr(n, d)
			return d, nil
		}
		if x, ok := c.Lookup(n); ok {
			switch x.kind {
			case KInst:
				if x.inst().Class == ClassMethodType {
					return ptrValue(KMethod, unsafePointer(&Method{Fn: x.inst().NS().mustGet("__func__"), Self: v})), nil
				}
				if x.inst().Class == StaticMethodType {
					return x.inst().NS().mustGet("__func__"), nil
				}
				if r, ok, err := t.userDescriptorGet(x, None, c); ok {
					return r, err
				}
			}
			return x, nil
		}
		if x, ok := builtinClassAttr(c, n); ok {
			return x, nil
		}
		if x, ok, err := t.metaAttr(v, n); ok {
			return x, err
		}
		if n == "__new__" && (c.cached || c == ObjectType) {
			// object.__new__, and cls.__new__ of a class without its own.
			return NewBuiltin("__new__", objectNew), nil
		}
		if n == "__setattr__" && c == ObjectType {
			return NewBuiltin("__setattr__", objectSetattr), nil
		}
		if n == "__delattr__" && c == ObjectType {
			return NewBuiltin("__delattr__", objectDelattrFn), nil
		}
		switch n {
		case "__name__":
			return NewStr(c.Name), nil
		case "__qualname__":
			return NewStr(c.QualName), nil
		case "__module__":
			return NewStr(c.Module), nil
		case "__bases__":
			items := make([]Value, len(c.Bases))
			for i, k := range c.Bases {
				items[i] = ClassValue(k)
			}
			return NewTuple(items), nil
		case "__mro__":
			items := make([]Value, len(c.MRO))
			for i, k := range c.MRO {
				items[i] = ClassValue(k)
			}
			return NewTuple(items), nil
		case "__dict__":
			return ptrValue(KDict, unsafePointer(c.Dict)), nil
		case "__class__":
			return ClassValue(c.metaclass()), nil
		case "__init__":
			if c.IsSubclass(BaseExceptionType) {
				return NewBuiltin("__init__", baseExceptionInit), nil
			}
		}
		return Value{}, Errorf(AttributeErrorType, "type object '%s' has no attribute '%s'", c.Name, n)
	case KModule:
		d := v.module().Dict
		if x, ok := d.GetStr(n); ok {
			return x, nil
		}
		if n == "__dict__" {
			return ptrValue(KDict, unsafePointer(d)), nil
		}
		if ga, ok := d.GetStr("__getattr__"); ok {
			return t.call(ga, []Value{name}, nil) // PEP 562
		}
		return Value{}, Errorf(AttributeErrorType, "module '%s' has no attribute '%s'", v.module().Name, n)
	case KFunc:
		fn := v.function()
		switch n {
		case "__name__":
			return NewStr(fn.Name), nil
		case "__qualname__":
			return NewStr(fn.QualName), nil
		case "__doc__":
			if fn.Dict != nil { // assigned (functools.wraps)
				if x, ok := fn.Dict.GetStr(n); ok {
					return x, nil
				}
			}
			if fn.Code.Docstring != nil {
				return NewStr(fn.Code.Docstring.(string)), nil
			}
			return None, nil
		case "__module__":
			return fn.Module, nil
		case "__defaults__":
			if len(fn.Defaults) == 0 {
				return None, nil
			}
			return NewTuple(fn.Defaults), nil
		case "__dict__":
			if fn.Dict == nil {
				fn.Dict = newDict(0)
			}
			return ptrValue(KDict, unsafePointer(fn.Dict)), nil
		case "__kwdefaults__":
			return kwDefaults(fn), nil
		}
		if fn.Dict != nil {
			if x, ok := fn.Dict.GetStr(n); ok {
				return x, nil
			}
		}
	case KMethod:
		m := v.method()
		switch n {
		case "__self__":
			return m.Self, nil
		case "__func__":
			return m.Fn, nil
		}
		return t.getAttr(m.Fn, name)
	case KBuiltin:
		if n == "__name__" {
			return NewStr(v.builtin().Name), nil
		}
	}
	if x, ok := t.builtinAttr(v, n); ok {
		return x, nil
	}
	return Value{}, Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", typeName(v), n)
}

func (d *Dict) mustGet(name string) Value {
	v, _ := d.GetStr(name)
	return v
}

// isDataDescriptor reports whether a class attribute overrides instance
// attributes (a property).
func isDataDescriptor(v Value) bool {
	return v.kind == KInst && (v.inst().Class == PropertyType || isUserDataDescriptor(v))
}

// descriptorGet binds a class attribute to the instance it was read from.
func (t *Thread) descriptorGet(attr, self Value, cls *Class) (Value, error) {
	switch attr.kind {
	case KFunc:
		return ptrValue(KMethod, unsafePointer(&Method{Fn: attr, Self: self})), nil
	case KBuiltin:
		if b := attr.builtin(); !b.Bound {
			return ptrValue(KBuiltin, unsafePointer(&Builtin{Name: b.Name, Fn: b.Fn, Self: self, Bound: true})), nil
		}
	case KInst:
		switch attr.inst().Class {
		case PropertyType:
			get := attr.inst().NS().mustGet("fget")
			if get.kind == KNone {
				return Value{}, Errorf(AttributeErrorType, "property of '%s' object has no getter", cls.Name)
			}
			return t.call(get, []Value{self}, nil)
		case ClassMethodType:
			return ptrValue(KMethod, unsafePointer(&Method{Fn: attr.inst().NS().mustGet("__func__"), Self: ClassValue(cls)})), nil
		case StaticMethodType:
			return attr.inst().NS().mustGet("__func__"), nil
		}
		if r, ok, err := t.userDescriptorGet(attr, self, cls); ok {
			return r, err
		}
	}
	return attr, nil
}

// excAttr reads the attributes every exception has.
func excAttr(inst *Instance, name string) (Value, bool) {
	d := inst.Exc
	switch name {
	case "args":
		return NewTuple(append([]Value(nil), d.Args...)), true
	case "__cause__":
		return d.Cause, true
	case "__context__":
		return d.Context, true
	case "__suppress_context__":
		return Bool(d.SuppressContext), true
	case "__traceback__":
		return tracebackOf(d), true
	case "value":
		if inst.Class.IsSubclass(StopIterationType) {
			if len(d.Args) > 0 {
				return d.Args[0], true
			}
			return None, true
		}
	case "message", "exceptions":
		if inst.Class.IsSubclass(BaseExceptionGroupType) && len(d.Args) == 2 {
			if name == "message" {
				return d.Args[0], true
			}
			return NewTuple(append([]Value(nil), seqItems(d.Args[1])...)), true
		}
	case "code":
		if inst.Class.IsSubclass(SystemExitType) {
			if len(d.Args) > 0 {
				return d.Args[0], true
			}
			return None, true
		}
	}
	return Value{}, false
}

// setAttr is v.name = x.
func (t *Thread) setAttr(v, name, x Value) error {
	n := name.S()
	switch v.kind {
	case KInst:
		inst := v.inst()
		if sa, ok := inst.Class.Lookup("__setattr__"); ok {
			_, err := t.call(sa, []Value{v, name, x}, nil)
			return err
		}
		if done, err := t.setProperty(inst, n, v, x); done {
			return err
		}
		if inst.Class == ObjectType {
			return Errorf(AttributeErrorType, "'object' object has no attribute '%s'", n)
		}
		if inst.Exc != nil {
			switch n {
			case "__cause__":
				inst.Exc.Cause = x
				inst.Exc.SuppressContext = true
				return nil
			case "__context__":
				inst.Exc.Context = x
				return nil
			case "args":
				items, err := t.toSlice(x)
				inst.Exc.Args = items
				return err
			}
		}
		if name.kind == KStr {
			return inst.setOwn(t, name, x)
		}
		if inst.NS() == nil {
			inst.ns = newDict(0)
		}
		return inst.ns.Set(t, name, x)
	case KClass:
		if _, ok, err := t.callMetaMethod(v, "__setattr__", name, x); ok {
			return err
		}
		return t.setClassAttr(v.class(), name, x)
	case KFunc:
		fn := v.function()
		switch n {
		case "__name__", "__qualname__":
			if x.kind != KStr {
				return Errorf(TypeErrorType, "%s must be set to a string object", n)
			}
			if n == "__name__" {
				fn.Name = x.S()
			} else {
				fn.QualName = x.S()
			}
			return nil
		case "__module__":
			fn.Module = x
			return nil
		}
		if fn.Dict == nil {
			fn.Dict = newDict(0)
		}
		return fn.Dict.Set(t, name, x)
	case KModule:
		return v.module().Dict.Set(t, name, x)
	}
	if _, ok := t.builtinAttr(v, n); ok {
		return Errorf(AttributeErrorType, "'%s' object attribute '%s' is read-only", typeName(v), n)
	}
	return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", typeName(v), n)
}

// delAttr is del v.name.
func (t *Thread) delAttr(v, name Value) error {
	switch v.kind {
	case KInst:
		if da, ok := v.inst().Class.Lookup("__delattr__"); ok {
			_, err := t.call(da, []Value{v, name}, nil)
			return err
		}
		return t.objectDelattr(v, name)
	case KClass:
		if _, ok, err := t.callMetaMethod(v, "__delattr__", name); ok {
			return err
		}
		if ok, err := v.class().Dict.Delete(t, name); ok || err != nil {
			return err
		}
	case KModule:
		if ok, err := v.module().Dict.Delete(t, name); ok || err != nil {
			return err
		}
		return Errorf(AttributeErrorType, "module '%s' has no attribute '%s'", v.module().Name, name.S())
	}
	return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", typeName(v), name.S())
}

// callMethod calls v.name(args...).
func (t *Thread) callMethod(v Value, name string, args ...Value) (Value, error) {
	m, err := t.getAttr(v, NewStr(name))
	if err != nil {
		return Value{}, err
	}
	return t.call(m, args, nil)
}

// propertyAttr reads the decorators of a property: p.setter(f) and
// friends return a copy of p with that function replaced.
func propertyAttr(p Value, name string) (Value, bool) {
	slot := map[string]string{"getter": "fget", "setter": "fset", "deleter": "fdel"}[name]
	if slot == "" {
		if name == "__doc__" {
			return p.inst().NS().mustGet("doc"), true
		}
		return Value{}, false
	}
	return NewBuiltin(name, func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		if len(a) != 1 {
			return Value{}, Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(a))
		}
		c := newInstance(PropertyType)
		c.ns = p.inst().NS().Copy()
		c.ns.SetStr(slot, a[0])
		return InstValue(c), nil
	}), true
}

// kwDefaults is a function's __kwdefaults__: its keyword-only
// parameters' defaults in order, or None.
func kwDefaults(fn *Function) Value {
	if len(fn.KwDefaults) == 0 {
		return None
	}
	d := newDict(len(fn.KwDefaults))
	c := fn.Code
	for _, name := range c.ParamNames[c.ArgCount : c.ArgCount+c.KwOnly] {
		if v, ok := fn.KwDefaults[name]; ok {
			d.SetStr(name, v)
		}
	}
	return ptrValue(KDict, unsafePointer(d))
}

// tracebackClass is the type of __traceback__ objects.
var tracebackClass = newClass("traceback", ObjectType, KInst)

// tracebackOf is an exception's __traceback__: None before it is raised,
// then a traceback object whose tb_lineno is the outermost line.
func tracebackOf(d *ExcData) Value {
	if len(d.Traceback) == 0 {
		return None
	}
	tb := newInstance(tracebackClass)
	tb.NS().SetStr("tb_lineno", Int(int64(d.Traceback[0].Line)))
	tb.NS().SetStr("tb_next", None)
	return InstValue(tb)
}

// setProperty runs the setter when the class has a property of that name,
// as object.__setattr__ does for data descriptors.
func (t *Thread) setProperty(inst *Instance, n string, v, x Value) (bool, error) {
	attr, ok := inst.Class.Lookup(n)
	if !ok || attr.kind != KInst {
		return false, nil
	}
	if attr.inst().Class != PropertyType {
		if set, ok := descriptorMethod(attr, "__set__"); ok {
			_, err := t.call(set, []Value{attr, v, x}, nil)
			return true, err
		}
		return false, nil
	}
	set := attr.inst().NS().mustGet("fset")
	if set.kind == KNone {
		return true, Errorf(AttributeErrorType, "property '%s' of '%s' object has no setter", n, inst.Class.Name)
	}
	_, err := t.call(set, []Value{v, x}, nil)
	return true, err
}

// objectDelattr is object.__delattr__(obj, name): a property's deleter or
// the instance's own attribute.
func (t *Thread) objectDelattr(v, name Value) error {
	inst := v.inst()
	if attr, ok := inst.Class.Lookup(name.S()); ok {
		if del, ok := descriptorMethod(attr, "__delete__"); ok {
			_, err := t.call(del, []Value{attr, v}, nil)
			return err
		}
	}
	if attr, ok := inst.Class.Lookup(name.S()); ok && attr.kind == KInst && attr.inst().Class == PropertyType {
		del := attr.inst().NS().mustGet("fdel")
		if del.kind == KNone {
			return Errorf(AttributeErrorType, "property '%s' of '%s' object has no deleter", name.S(), inst.Class.Name)
		}
		_, err := t.call(del, []Value{v}, nil)
		return err
	}
	if inst.hasOwn(name.S()) {
		if ok, err := inst.NS().Delete(t, name); ok || err != nil {
			return err
		}
	}
	return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", inst.Class.Name, name.S())
}

// setClassAttr is cls.name = x; __name__, __qualname__ and __module__
// rename the class itself.
func (t *Thread) setClassAttr(c *Class, name, x Value) error {
	switch n := name.S(); n {
	case "__name__", "__qualname__":
		if !c.cached {
			return Errorf(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", n, c.Name)
		}
		if x.kind != KStr {
			return Errorf(TypeErrorType, "can only assign string to %s.%s, not '%s'", c.Name, n, typeName(x))
		}
		if n == "__name__" {
			c.Name = x.S()
		} else {
			c.QualName = x.S()
		}
		return nil
	case "__module__":
		if x.kind == KStr {
			c.Module = x.S()
		}
	}
	if !c.cached {
		return Errorf(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name.S(), c.Name)
	}
	return c.Dict.Set(t, name, x)
}
