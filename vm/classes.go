package vm

import "fmt"

// Built-in descriptor types: their instances keep their parts in Dict.
var (
	PropertyType     = newClass("property", ObjectType, KInst)
	ClassMethodType  = newClass("classmethod", ObjectType, KInst)
	StaticMethodType = newClass("staticmethod", ObjectType, KInst)
	SuperType        = newClass("super", ObjectType, KInst)
)

// newInstance makes a bare instance of cls.
func newInstance(cls *Class) *Instance {
	if cls.IsExc {
		return allocExcInstance(cls, nil)
	}
	if cls.cached {
		return allocShaped(cls, cls.attrHint)
	}
	return allocInstance(cls, 0)
}

// instantiate calls a class.
func (t *Thread) instantiate(cls *Class, args []Value, kw *Kwargs) (Value, error) {
	if cls == TypeType && len(args) == 3 {
		return t.newClassFrom(TypeType, args, kw)
	}
	if ctor, ok := constructors[cls]; ok {
		return ctor(t, cls, args, kw)
	}
	if cls.IsSubclass(TypeType) {
		return t.callMeta(cls, args, kw)
	}
	// A subclass of a built-in type other than object and exceptions.
	bbase := builtinBase(cls)
	for _, base := range cls.MRO[1:] {
		if _, ok := constructors[base]; ok && !base.IsExc && base != ObjectType && bbase == nil {
			return Value{}, Errorf(TypeErrorType, "subclassing built-in type '%s' is not supported", base.Name)
		}
	}
	if nw, ok := cls.Lookup("__new__"); ok && nw.kind != KBuiltin {
		fn := nw
		if nw.kind == KInst && nw.inst().Class == StaticMethodType {
			fn = nw.inst().NS().mustGet("__func__")
		}
		obj, err := t.call(fn, append([]Value{ClassValue(cls)}, args...), kw)
		if err != nil {
			return Value{}, err
		}
		if obj.kind == KInst && obj.inst().Class.IsSubclass(cls) {
			if err := t.callInit(obj, args, kw); err != nil {
				return Value{}, err
			}
		}
		return obj, nil
	}
	if bbase != nil {
		return t.newBuiltinSub(cls, bbase, args, kw)
	}
	inst := newInstance(cls)
	v := InstValue(inst)
	if cls.IsExc {
		inst.Exc.Args = append([]Value(nil), args...)
	}
	if err := t.callInit(v, args, kw); err != nil {
		return Value{}, err
	}
	return v, nil
}

// callInit runs __init__ if the class has one.
func (t *Thread) callInit(v Value, args []Value, kw *Kwargs) error {
	cls := v.inst().Class
	init, ok := cls.Lookup("__init__")
	if !ok || init.kind == KBuiltin {
		if p, sub := payloadOf(v); sub {
			return t.baseInit(p, args, kw)
		}
		if (len(args) > 0 || kw.Len() > 0) && !cls.IsExc {
			if _, custom := cls.Lookup("__new__"); !custom {
				return Errorf(TypeErrorType, "%s() takes no arguments", cls.Name)
			}
		}
		return nil
	}
	r, err := t.call(init, append([]Value{v}, args...), kw)
	if err != nil {
		return err
	}
	if r.kind != KNone {
		return Errorf(TypeErrorType, "__init__() should return None, not '%s'", typeName(r))
	}
	return nil
}

// initSubclass calls the __init_subclass__ a base defines (an implicit
// classmethod) with the new class and the class statement's keywords, as
// type.__new__ does.
func (t *Thread) initSubclass(cls *Class, kw *Kwargs) error {
	for _, base := range cls.MRO[1:] {
		f, ok := base.Dict.GetStr("__init_subclass__")
		if !ok {
			continue
		}
		if f.kind == KInst && f.inst().Class == ClassMethodType {
			f = f.inst().NS().mustGet("__func__")
		}
		if f.kind != KFunc {
			break
		}
		_, err := t.call(f, []Value{ClassValue(cls)}, kw)
		return err
	}
	if kw.Len() > 0 {
		return Errorf(TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", cls.Name)
	}
	return nil
}

// superAttr looks a name up past the class that super() names.
func (t *Thread) superAttr(sup *Instance, name string) (Value, error) {
	thisV, _, _ := sup.NS().Get(t, superThisKey)
	self, _, _ := sup.NS().Get(t, superSelfKey)
	this := thisV.class()
	var start *Class
	classSelf := self.kind == KClass && self.class().IsSubclass(this)
	if classSelf {
		start = self.class()
	} else {
		start = TypeOf(self) // an instance, or a class in its metaclass's methods
	}
	mro := start.MRO
	i := 0
	for i < len(mro) && mro[i] != this {
		i++
	}
	if i == len(mro) {
		i-- // not in the MRO (ctorSuper prevents it): nothing past it
	}
	for _, c := range mro[i+1:] {
		if v, ok := c.Dict.GetStr(name); ok {
			if classSelf {
				if v.kind == KInst && v.inst().Class == ClassMethodType {
					return ptrValue(KMethod, unsafePointer(&Method{Fn: v.inst().NS().mustGet("__func__"), Self: self})), nil
				}
				if v.kind == KInst && v.inst().Class == StaticMethodType {
					return v.inst().NS().mustGet("__func__"), nil
				}
				return v, nil
			}
			return t.descriptorGet(v, self, start)
		}
		if x, ok := t.objectMethod(c, name, self); ok {
			return x, nil
		}
		if subclassable[c] {
			if x, ok := t.payloadMethod(c, name, self); ok {
				return x, nil
			}
		}
	}
	return Value{}, Errorf(AttributeErrorType, "'super' object has no attribute '%s'", name)
}

// objectNew is object.__new__(cls): a new, uninitialized instance.
func objectNew(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if len(args) == 0 {
		return Value{}, Errorf(TypeErrorType, "object.__new__(): not enough arguments")
	}
	if args[0].kind != KClass {
		return Value{}, Errorf(TypeErrorType, "object.__new__(X): X is not a type object (%s)", typeName(args[0]))
	}
	cls := args[0].class()
	if cls.InstKind != KInst {
		return Value{}, Errorf(TypeErrorType, "object.__new__(%s) is not safe, use %s.__new__()", cls.Name, cls.Name)
	}
	return t.instantiateBare(cls)
}

// objectSetattr is object.__setattr__(obj, name, value): the instance's
// own namespace, whatever __setattr__ its class defines (frozen
// dataclasses use it).
func objectSetattr(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if len(args) != 3 {
		return Value{}, Errorf(TypeErrorType, "expected 3 arguments, got %d", len(args))
	}
	if args[1].kind != KStr {
		return Value{}, Errorf(TypeErrorType, "attribute name must be string, not '%s'", typeName(args[1]))
	}
	if args[0].kind == KInst {
		if done, err := t.setProperty(args[0].inst(), args[1].S(), args[0], args[2]); done {
			return None, err
		}
		return None, args[0].inst().setOwn(t, args[1], args[2])
	}
	return None, t.setAttr(args[0], args[1], args[2])
}

// objectDelattrFn is object.__delattr__ as a built-in.
func objectDelattrFn(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if len(args) != 2 || args[0].kind != KInst || args[1].kind != KStr {
		return Value{}, Errorf(TypeErrorType, "object.__delattr__ expects an object and a name")
	}
	return None, t.objectDelattr(args[0], args[1])
}

// objectMethod provides the methods of object and BaseException that
// super() calls reach.
func (t *Thread) objectMethod(c *Class, name string, self Value) (Value, bool) {
	switch {
	case c == ObjectType && name == "__init__":
		return builtinMethod("__init__", self, func(t *Thread, args []Value, kw *Kwargs) (Value, error) { return None, nil }), true
	case c == ObjectType && name == "__init_subclass__":
		return builtinMethod("__init_subclass__", self, func(t *Thread, args []Value, kw *Kwargs) (Value, error) {
			if kw.Len() > 0 && args[0].kind == KClass {
				return Value{}, Errorf(TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", args[0].class().Name)
			}
			return None, nil
		}), true
	case c == BaseExceptionType && name == "__init__":
		return builtinMethod("__init__", self, baseExceptionInit), true
	case c == ObjectType && name == "__new__":
		return builtinMethod("__new__", self, func(t *Thread, args []Value, kw *Kwargs) (Value, error) {
			if len(args) < 2 || args[1].kind != KClass {
				return Value{}, Errorf(TypeErrorType, "object.__new__(X): X is not a type object")
			}
			return InstValue(newInstance(args[1].class())), nil
		}), true
	case c == ObjectType && (name == "__str__" || name == "__repr__"):
		return builtinMethod(name, self, func(t *Thread, args []Value, kw *Kwargs) (Value, error) {
			v := args[0]
			if v.kind != KInst || v.inst().Exc != nil {
				s, err := t.repr(v)
				return NewStr(s), err
			}
			c := v.inst().Class
			return NewStr(fmt.Sprintf("<%s.%s object at %#x>", c.Module, c.QualName, uintptr(v.ptr))), nil
		}), true
	case c == ObjectType && name == "__eq__":
		return builtinMethod(name, self, func(t *Thread, args []Value, kw *Kwargs) (Value, error) {
			if Is(args[0], args[1]) {
				return True, nil
			}
			return NotImplemented, nil
		}), true
	case c == ObjectType && name == "__setattr__":
		return builtinMethod(name, self, objectSetattr), true
	case c == ObjectType && name == "__delattr__":
		return builtinMethod(name, self, objectDelattrFn), true
	}
	return Value{}, false
}

// builtinMethod makes a built-in bound to self.
func builtinMethod(name string, self Value, fn func(t *Thread, args []Value, kw *Kwargs) (Value, error)) Value {
	return ptrValue(KBuiltin, unsafePointer(&Builtin{Name: name, Fn: fn, Self: self, Bound: true}))
}

// baseExceptionInit is BaseException.__init__(self, *args), with
// OSError's parsing of errno, strerror and file names for its subclasses.
func baseExceptionInit(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if len(args) == 0 {
		return Value{}, Errorf(TypeErrorType, "descriptor '__init__' of 'BaseException' object needs an argument")
	}
	if args[0].kind == KInst && args[0].inst().Exc != nil {
		inst := args[0].inst()
		if inst.Class.IsSubclass(OSErrorType) && len(args) >= 3 && len(args) <= 6 {
			// OSError's own __init__ (reached from a subclass's):
			// errno, strerror and the file names, as at creation.
			o := newOSErrorInst(inst.Class, args[1:])
			inst.Exc.Args = o.Exc.Args
			for _, k := range []string{"errno", "strerror", "filename", "filename2"} {
				if v, ok := o.NS().GetStr(k); ok {
					inst.NS().SetStr(k, v)
				}
			}
			return None, nil
		}
		inst.Exc.Args = append([]Value(nil), args[1:]...)
	}
	return None, nil
}
