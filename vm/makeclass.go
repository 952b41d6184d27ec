package vm

import "strings"

// makeClass runs a class body and builds the class: with type, or with the
// metaclass that the metaclass= keyword names or the bases have.
func (t *Thread) makeClass(body Value, name string, bases []Value, kw *Kwargs) (Value, error) {
	bs := make([]*Class, len(bases))
	for i, b := range bases {
		if b.kind != KClass {
			return Value{}, Errorf(TypeErrorType, "bases must be types")
		}
		bs[i] = b.class()
	}
	// A metaclass= that is not a class is any callable making the class.
	var metaFn Value
	fnMeta := false
	if m, ok := kw.Get("metaclass"); ok && m.kind != KClass {
		metaFn, fnMeta, kw = m, true, withoutMeta(kw)
	}
	meta, kw, err := pickMeta(bs, kw)
	if err != nil {
		return Value{}, err
	}
	fn := body.function()
	ns := newDict(0)
	f, err := t.pushFrame(fn, nil, nil, 0)
	if err != nil {
		return Value{}, err
	}
	f.locals = ns
	f.stop, f.special = true, true
	if mod, ok := fn.Globals.GetStr("__name__"); ok {
		ns.SetStr("__module__", mod)
	}
	cell, err := t.run(f)
	if err != nil {
		return Value{}, err
	}
	var v Value
	nsv := ptrValue(KDict, unsafePointer(ns))
	if fnMeta {
		if v, err = t.call(metaFn, []Value{NewStr(name), NewTuple(bases), nsv}, kw); err != nil {
			return Value{}, err
		}
	} else if meta == TypeType {
		var cls *Class
		if cls, err = t.buildClass(name, bs, ns, TypeType, kw); err != nil {
			return Value{}, err
		}
		v = ClassValue(cls)
	} else if v, err = t.callMeta(meta, []Value{NewStr(name), NewTuple(bases), nsv}, kw); err != nil {
		return Value{}, err
	}
	if cell.kind == KCell {
		c := (*Cell)(cell.ptr)
		c.V, c.Bound = v, true
	}
	return v, nil
}

// pickMeta finds the metaclass of a class statement: the metaclass=
// keyword (taken out of kw) or the most derived metaclass of the bases.
func pickMeta(bases []*Class, kw *Kwargs) (*Class, *Kwargs, error) {
	meta := TypeType
	if m, ok := kw.Get("metaclass"); ok {
		if m.kind != KClass || !m.class().IsSubclass(TypeType) {
			return nil, nil, Errorf(TypeErrorType, "metaclass must be a subclass of type, not %s", typeName(m))
		}
		meta = m.class()
		kw = withoutMeta(kw)
	}
	for _, b := range bases {
		bm := b.metaclass()
		switch {
		case meta.IsSubclass(bm):
		case bm.IsSubclass(meta):
			meta = bm
		default:
			return nil, nil, Errorf(TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
	}
	return meta, kw, nil
}

// metaclass is the type of a class: type unless a metaclass made it.
func (c *Class) metaclass() *Class {
	if c.Meta != nil {
		return c.Meta
	}
	return TypeType
}

// buildClass makes a class from its name, bases and namespace, as
// type.__new__ does, and runs the bases' __init_subclass__.
func (t *Thread) buildClass(name string, bases []*Class, ns *Dict, meta *Class, kw *Kwargs) (*Class, error) {
	if len(bases) == 0 {
		bases = []*Class{ObjectType}
	}
	for i, b := range bases {
		if notAcceptableBase(b) {
			return nil, Errorf(TypeErrorType, "type '%s' is not an acceptable base type", b.Name)
		}
		for _, o := range bases[:i] {
			if o == b {
				return nil, Errorf(TypeErrorType, "duplicate base class %s", b.Name)
			}
		}
	}
	if err := layoutConflict(bases); err != nil {
		return nil, err
	}
	cls := &Class{Name: name, QualName: name, Module: "builtins", Base: bases[0], Bases: bases, InstKind: KInst}
	mro, err := c3(cls, bases)
	if err != nil {
		return nil, err
	}
	cls.MRO = mro
	for _, b := range bases {
		cls.IsExc = cls.IsExc || b.IsExc
	}
	if meta != TypeType {
		cls.Meta = meta
	}
	cls.Dict = ns
	if _, eq := ns.GetStr("__eq__"); eq {
		if _, h := ns.GetStr("__hash__"); !h {
			ns.SetStr("__hash__", None) // as CPython: __eq__ alone makes instances unhashable
		}
	}
	ns.isClass = true
	cls.cached = true
	if q, ok := ns.GetStr("__qualname__"); ok && q.kind == KStr {
		cls.QualName = q.S()
		_, _ = ns.Delete(t, NewStr("__qualname__")) // type.__new__ takes it out
	}
	if m, ok := ns.GetStr("__module__"); ok && m.kind == KStr {
		cls.Module = m.S()
	}
	if err := t.setNames(cls); err != nil {
		return nil, err
	}
	if err := t.initSubclass(cls, kw); err != nil {
		return nil, err
	}
	return cls, nil
}

// layoutConflict refuses bases whose instances cannot share one layout:
// two different built-in types (int and str), or a built-in type and an
// exception.
func layoutConflict(bases []*Class) error {
	var solid *Class
	exc := false
	for _, b := range bases {
		s := builtinBase(b)
		if subclassable[b] {
			s = b
		}
		exc = exc || b.IsExc
		if s == nil {
			continue
		}
		if solid != nil && !solid.IsSubclass(s) && !s.IsSubclass(solid) {
			return Errorf(TypeErrorType, "multiple bases have instance lay-out conflict")
		}
		if solid == nil || s.IsSubclass(solid) {
			solid = s
		}
	}
	if exc && solid != nil {
		return Errorf(TypeErrorType, "multiple bases have instance lay-out conflict")
	}
	return nil
}

// c3 linearizes a class's bases as CPython does (the C3 method resolution
// order): each class comes before its bases, and the bases keep the order
// of every MRO they appear in.
func c3(cls *Class, bases []*Class) ([]*Class, error) {
	if len(bases) == 1 {
		return append([]*Class{cls}, bases[0].MRO...), nil
	}
	seqs := make([][]*Class, 0, len(bases)+1)
	for _, b := range bases {
		seqs = append(seqs, b.MRO)
	}
	seqs = append(seqs, bases)
	out := []*Class{cls}
	for {
		live := seqs[:0]
		for _, s := range seqs {
			if len(s) > 0 {
				live = append(live, s)
			}
		}
		seqs = live
		if len(seqs) == 0 {
			return out, nil
		}
		var pick *Class
		for _, s := range seqs {
			if !inTail(s[0], seqs) {
				pick = s[0]
				break
			}
		}
		if pick == nil {
			names := make([]string, len(bases))
			for i, b := range bases {
				names[i] = b.Name
			}
			return nil, Errorf(TypeErrorType, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
		}
		out = append(out, pick)
		for i, s := range seqs {
			if s[0] == pick {
				seqs[i] = s[1:]
			}
		}
	}
}

// inTail reports whether c appears after the head of any sequence.
func inTail(c *Class, seqs [][]*Class) bool {
	for _, s := range seqs {
		for _, k := range s[1:] {
			if k == c {
				return true
			}
		}
	}
	return false
}

// makeClassOp decodes OpMakeClass: regs holds the body function, the bases
// and the keyword values; desc is the class name, or a tuple of the name
// and the keyword names.
func (t *Thread) makeClassOp(regs []Value, desc Value) (Value, error) {
	if desc.kind == KStr {
		return t.makeClass(regs[0], desc.S(), regs[1:], nil)
	}
	parts := desc.tuple().Items
	nkw := len(parts) - 1
	kw := &Kwargs{Values: regs[len(regs)-nkw:]}
	for _, p := range parts[1:] {
		kw.Names = append(kw.Names, p.S())
	}
	return t.makeClass(regs[0], parts[0].S(), regs[1:len(regs)-nkw], kw)
}

// withoutMeta is a class statement's keywords less metaclass=.
func withoutMeta(kw *Kwargs) *Kwargs {
	rest := &Kwargs{}
	for i, n := range kw.Names {
		if n != "metaclass" {
			rest.Names = append(rest.Names, n)
			rest.Values = append(rest.Values, kw.Values[i])
		}
	}
	return rest
}
