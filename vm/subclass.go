package vm

// Subclasses of built-in types (class Stack(list), class Positive(int)).
// An instance of such a class is an *Instance whose base field holds a
// value of the built-in type, its payload: the methods and operations of
// the built-in type work on the payload wherever the class does not define
// its own, and attributes set on the instance live in its namespace.

// subclassable are the built-in types a class statement may derive from
// and whose instances carry a payload.
var subclassable = map[*Class]bool{
	IntType: true, FloatType: true, StrType: true, BytesType: true, ListType: true,
	TupleType: true, DictType: true, SetType: true, FrozenSetType: true,
}

// notAcceptableBase tells the built-in types CPython refuses as bases.
func notAcceptableBase(c *Class) bool {
	switch c.InstKind {
	case KBool, KRange, KSlice, KNone, KFunc, KBuiltin, KMethod, KGen, KCode, KCell, KNotImpl, KEllipsis:
		return true
	}
	return false
}

// builtinBase returns the built-in type whose payload instances of cls
// carry, or nil.
func builtinBase(cls *Class) *Class {
	for _, c := range cls.MRO[1:] {
		if subclassable[c] {
			return c
		}
	}
	return nil
}

// payloadOf returns the built-in value an instance of a subclass of a
// built-in type carries.
func payloadOf(v Value) (Value, bool) {
	if v.kind == KInst {
		if p := v.inst().base; p != nil && p.kind != KOther {
			return *p, true
		}
	}
	return Value{}, false
}

// unwrapPayload returns v's payload if it has one, else v.
func unwrapPayload(v Value) Value {
	if p, ok := payloadOf(v); ok {
		return p
	}
	return v
}

// withPayload makes an instance of cls carrying p.
func withPayload(cls *Class, p Value) Value {
	inst := newInstance(cls)
	inst.base = &p
	return InstValue(inst)
}

// isMutableBase tells the built-in types whose __new__ ignores its
// arguments and whose __init__ fills the value.
func isMutableBase(c *Class) bool { return c == ListType || c == DictType || c == SetType }

// baseNew is base.__new__(cls, *args): a new instance of cls (a subclass
// of base, or base itself) with its payload made from args.
func (t *Thread) baseNew(base, cls *Class, args []Value, kw *Kwargs) (Value, error) {
	if !cls.IsSubclass(base) {
		return Value{}, Errorf(TypeErrorType, "%s.__new__(%s): %s is not a subtype of %s", base.Name, cls.Name, cls.Name, base.Name)
	}
	var p Value
	var err error
	switch {
	case isMutableBase(base):
		p, err = constructors[base](t, base, nil, nil)
	default:
		p, err = constructors[base](t, base, args, kw)
	}
	if err != nil || cls == base {
		return p, err
	}
	return withPayload(cls, p), nil
}

// baseInit is base.__init__(self, *args) for a payload p: list, dict and
// set fill themselves from the arguments; the immutable types took theirs
// in __new__.
func (t *Thread) baseInit(p Value, args []Value, kw *Kwargs) error {
	switch p.kind {
	case KList:
		if err := noKwargs("list", kw); err != nil {
			return err
		}
		if err := positionalCount("list", len(args), 0, 1); err != nil {
			return err
		}
		l := p.list()
		l.Items = l.Items[:0]
		if len(args) == 1 {
			items, err := t.toSlice(args[0])
			if err != nil {
				return err
			}
			l.Items = items
		}
	case KDict:
		if err := positionalCount("dict", len(args), 0, 1); err != nil {
			return err
		}
		d := p.dict()
		if len(args) == 1 {
			if err := t.dictInit(d, args[0]); err != nil {
				return err
			}
		}
		for i, n := range kwNames(kw) {
			if err := d.Set(t, NewStr(n), kw.Values[i]); err != nil {
				return err
			}
		}
	case KSet:
		if err := noKwargs("set", kw); err != nil {
			return err
		}
		if err := positionalCount("set", len(args), 0, 1); err != nil {
			return err
		}
		fresh, err := ctorSet(t, SetType, args, nil)
		if err != nil {
			return err
		}
		*p.set() = *fresh.set()
	}
	return nil
}

// noKwargs rejects keyword arguments to a built-in type's __init__.
func noKwargs(name string, kw *Kwargs) error {
	if kw.Len() > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
	}
	return nil
}

// newBuiltinSub calls a subclass of a built-in type that has no __new__
// of its own: the payload comes from the base's __new__, then __init__
// runs.
func (t *Thread) newBuiltinSub(cls, base *Class, args []Value, kw *Kwargs) (Value, error) {
	obj, err := t.baseNew(base, cls, args, kw)
	if err != nil {
		return Value{}, err
	}
	return obj, t.callInit(obj, args, kw)
}

// instantiateBare makes an uninitialized instance of cls, as
// object.__new__(cls) does: a subclass of list, dict or set gets an empty
// payload; one of an immutable built-in type must use that type's __new__.
func (t *Thread) instantiateBare(cls *Class) (Value, error) {
	if b := builtinBase(cls); b != nil {
		if !isMutableBase(b) {
			return Value{}, Errorf(TypeErrorType, "object.__new__(%s) is not safe, use %s.__new__()", cls.Name, b.Name)
		}
		return t.baseNew(b, cls, nil, nil)
	}
	return InstValue(newInstance(cls)), nil
}
