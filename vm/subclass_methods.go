package vm

// The methods of a built-in type as instances of its subclasses reach
// them: by attribute (self.append), through super() and through the
// type (list.__init__(self), str.__repr__(self)).

// payloadMethod is a method of base reached through super() or through
// the type (list.append(self, x)), working on self's payload.
func (t *Thread) payloadMethod(base *Class, name string, self Value) (Value, bool) {
	switch name {
	case "__new__":
		return builtinMethod(name, self, func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
			if len(a) < 2 || a[1].kind != KClass {
				return Value{}, Errorf(TypeErrorType, "%s.__new__(X): X is not a type object", base.Name)
			}
			return t.baseNew(base, a[1].class(), a[2:], kw)
		}), true
	case "__init__":
		return builtinMethod(name, self, func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
			if p, ok := payloadOf(a[0]); ok {
				return None, t.baseInit(p, a[1:], kw)
			}
			return None, nil
		}), true
	}
	p, ok := payloadOf(self)
	if !ok {
		return Value{}, false
	}
	if fn, ok := payloadItemDunder(name); ok {
		return builtinMethod(name, self, func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
			a = append([]Value{p}, a[1:]...)
			return fn(t, a, kw)
		}), true
	}
	return t.builtinAttr(p, name)
}

// payloadItemDunder returns __setitem__ and __delitem__, which built-in
// values do not otherwise answer to.
func payloadItemDunder(name string) (methodFunc, bool) {
	switch name {
	case "__setitem__":
		return func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
			if err := argCount(name, a[1:], 2, 2); err != nil {
				return Value{}, err
			}
			return None, t.setItem(a[0], a[1], a[2])
		}, true
	case "__delitem__":
		return func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
			if err := argCount(name, a[1:], 1, 1); err != nil {
				return Value{}, err
			}
			return None, t.delItem(a[0], a[1])
		}, true
	}
	return nil, false
}

// payloadAttr finds an attribute of an instance's payload: the methods of
// the built-in type, bound to the payload.
func (t *Thread) payloadAttr(inst *Instance, name string) (Value, bool) {
	if fn, ok := payloadItemDunder(name); ok {
		p := *inst.base
		return builtinMethod(name, p, fn), true
	}
	return t.builtinAttr(*inst.base, name)
}

// emptyOf is an empty value of a subclassable built-in type, to ask which
// special methods its values have.
func emptyOf(c *Class) Value {
	switch c {
	case IntType:
		return Int(0)
	case FloatType:
		return Float(0)
	case StrType:
		return NewStr("")
	case BytesType:
		return NewBytes(nil)
	case ListType:
		return NewList(nil)
	case TupleType:
		return NewTuple(nil)
	case DictType:
		return NewDict()
	case SetType, FrozenSetType:
		return ptrValue(c.InstKind, unsafePointer(&Set{}))
	}
	return None
}

// typeDunder is a special method of a subclassable built-in type read
// through the type: int.__new__(cls, v), list.__init__(self, xs),
// dict.__setitem__(self, k, v), str.__repr__(self).
func typeDunder(c *Class, name string) (Value, bool) {
	if !subclassable[c] || len(name) < 5 || name[:2] != "__" {
		return Value{}, false
	}
	switch name {
	case "__new__":
		return NewBuiltin(name, func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
			if len(a) == 0 || a[0].kind != KClass {
				return Value{}, Errorf(TypeErrorType, "%s.__new__(X): X is not a type object", c.Name)
			}
			return t.baseNew(c, a[0].class(), a[1:], kw)
		}), true
	case "__init__":
		return NewBuiltin(name, func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
			if len(a) == 0 || !TypeOf(a[0]).IsSubclass(c) {
				return Value{}, Errorf(TypeErrorType, "descriptor '__init__' of '%s' object needs an argument", c.Name)
			}
			if p, ok := payloadOf(a[0]); ok {
				return None, t.baseInit(p, a[1:], kw)
			}
			return None, nil
		}), true
	}
	fn, ok := payloadItemDunder(name)
	if !ok {
		if _, ok = builtinDunder(emptyOf(c), name); !ok {
			return Value{}, false
		}
	}
	return NewBuiltin(name, func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		if len(a) == 0 || !TypeOf(a[0]).IsSubclass(c) {
			return Value{}, Errorf(TypeErrorType, "descriptor '%s' requires a '%s' object", name, c.Name)
		}
		a = append([]Value{unwrapPayload(a[0])}, a[1:]...)
		m := fn
		if m == nil {
			if m, ok = builtinDunder(a[0], name); !ok {
				return Value{}, Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply", name, c.Name)
			}
		}
		return m(t, a, kw)
	}), true
}
