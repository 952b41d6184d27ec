package vm

// The descriptor protocol for instances of classes written in asl: an
// object in a class namespace whose class defines __get__ answers reads of
// that attribute, one defining __set__ or __delete__ (a data descriptor)
// also answers assignments and del and comes before the instance's own
// attributes; __set_name__ runs when the owning class is made.

// descriptorMethod finds a descriptor method on the class of attr, when
// attr is an instance of a class made by a class statement.
func descriptorMethod(attr Value, name string) (Value, bool) {
	if attr.kind != KInst {
		return Value{}, false
	}
	c := attr.inst().Class
	if !c.cached {
		return Value{}, false
	}
	return c.Lookup(name)
}

// isUserDataDescriptor reports whether attr defines __set__ or __delete__.
func isUserDataDescriptor(attr Value) bool {
	if _, ok := descriptorMethod(attr, "__set__"); ok {
		return true
	}
	_, ok := descriptorMethod(attr, "__delete__")
	return ok
}

// userDescriptorGet calls attr.__get__(obj, owner) when attr has one.
func (t *Thread) userDescriptorGet(attr, obj Value, owner *Class) (Value, bool, error) {
	g, ok := descriptorMethod(attr, "__get__")
	if !ok {
		return Value{}, false, nil
	}
	r, err := t.call(g, []Value{attr, obj, ClassValue(owner)}, nil)
	return r, true, err
}

// setNames calls __set_name__(cls, name) on the values of a new class's
// namespace that define it, as type.__new__ does.
func (t *Thread) setNames(cls *Class) error {
	type pair struct{ name, val Value }
	var todo []pair
	for _, e := range cls.Dict.entries {
		if e.deleted {
			continue
		}
		if _, ok := descriptorMethod(e.val, "__set_name__"); ok {
			todo = append(todo, pair{e.key, e.val})
		}
	}
	for _, p := range todo {
		sn, _ := descriptorMethod(p.val, "__set_name__")
		if _, err := t.call(sn, []Value{p.val, ClassValue(cls), p.name}, nil); err != nil {
			return err
		}
	}
	return nil
}
