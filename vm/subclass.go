package vm

import (
	"strings"

	"github.com/asl-lang/asl/compiler"
)

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
		if p := v.inst().base; p != nil {
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

// payloadItem is v[k] for an instance whose class defines no
// __getitem__: a dict subclass's __missing__ answers for absent keys.
func (t *Thread) payloadItem(v, p, k Value) (Value, error) {
	if p.kind != KDict {
		return t.getItem(p, k)
	}
	x, ok, err := p.dict().Get(t, k)
	if err != nil || ok {
		return x, err
	}
	if m, ok := v.inst().Class.Lookup("__missing__"); ok {
		return t.call(m, []Value{v, k}, nil)
	}
	return Value{}, NewException(KeyErrorType, k)
}

// payloadInplace is x op= y for an instance of a subclass of list, dict
// or set without the in-place method of its own: the payload changes and
// x stays.
func (t *Thread) payloadInplace(op compiler.Op, x, p, y Value) (Value, bool, error) {
	switch p.kind {
	case KList, KDict, KSet:
	default:
		return Value{}, false, nil
	}
	if p.kind == KList && op == compiler.OpMul {
		r, err := t.binary(op, p, unwrapPayload(y))
		if err != nil {
			return Value{}, true, err
		}
		p.list().Items = r.list().Items
		return x, true, nil
	}
	r, err := t.inplace(op, p, unwrapPayload(y))
	if err != nil {
		return Value{}, true, err
	}
	if !Is(r, p) {
		return r, true, nil
	}
	return x, true, nil
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

// payloadBinary is x op y when an operand is an instance of a subclass
// of a built-in type whose class did not answer: the operation of the
// built-in type, on the payloads. ok is false when neither operand has
// one.
func (t *Thread) payloadBinary(op compiler.Op, x, y Value) (Value, bool, error) {
	px, xok := payloadOf(x)
	py, yok := payloadOf(y)
	if !xok && !yok {
		return Value{}, false, nil
	}
	if !xok {
		px = x
	}
	if !yok {
		py = y
	}
	r, err := t.binary(op, px, py)
	if e, ok := err.(*Exception); ok && e.Value.inst().Class == TypeErrorType &&
		strings.HasPrefix(excMessage(e.Value.inst()), "unsupported operand type(s)") {
		return Value{}, true, unsupportedOperands(op, x, y)
	}
	return r, true, err
}

// unwrapStrPayload unwraps x when it is an instance of a subclass of str
// (or bytes) looked for in a str (or bytes) container, which compares
// code points rather than items.
func unwrapStrPayload(container, x Value) Value {
	if container.kind == KStr || container.kind == KBytes {
		return unwrapPayload(x)
	}
	return x
}

// asStr returns the payload of an instance of a subclass of str, which
// str methods take wherever they take a str; other values are returned
// unchanged.
func asStr(v Value) Value {
	if p, ok := payloadOf(v); ok && p.kind == KStr {
		return p
	}
	return v
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

// unwrapScalar returns the payload of an instance of a subclass of int,
// float, str or bytes, for the built-ins that read such values; other
// values are returned unchanged.
func unwrapScalar(v Value) Value {
	if p, ok := payloadOf(v); ok {
		switch p.kind {
		case KInt, KBig, KFloat, KStr, KBytes:
			return p
		}
	}
	return v
}

// asInt returns the payload of an instance of a subclass of int, which
// the VM takes wherever a special method must return an int (__len__,
// __hash__); other values are returned unchanged.
func asInt(v Value) Value {
	if p, ok := payloadOf(v); ok && (p.kind == KInt || p.kind == KBig) {
		return p
	}
	return v
}
