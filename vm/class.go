package vm

import "unsafe"

// Class is a type: a built-in one (int, list, ValueError…) or one defined
// by a class statement.
type Class struct {
	Name     string
	QualName string
	Module   string
	Base     *Class   // the first base
	Bases    []*Class // the bases, in the order the class statement gave them
	Meta     *Class   // the metaclass when it is not type
	MRO      []*Class // the class first, object last
	Dict     *Dict
	// InstKind is the kind of the instances of built-in types; KInst for
	// classes whose instances are *Instance (user classes, exceptions).
	InstKind Kind
	// IsExc marks BaseException and its subclasses.
	IsExc bool

	// Classes made by class statements cache their attribute lookups
	// (see lookupcache.go); built-in classes are shared and do not.
	cached bool
	lcache map[string]lookupEntry
	lepoch uint64
	// plain: instances keep their attributes in their dict with no
	// property, __getattr__ or __setattr__ in the way (valid for fepoch).
	plain    bool
	fepoch   uint64
	attrHint int // attributes instances usually end up with
	// shape0 is the shape of instances with no attributes; nshapes counts
	// the shapes grown from it.
	shape0  *shape
	nshapes int
	// init caches simpleInit's answer for iepoch.
	init   *Function
	iepoch uint64
}

// Instance is an instance of a user class or of an exception class. Its
// namespace is either slots laid out by a shape (see shape.go) or a dict.
type Instance struct {
	Class *Class
	ns    *Dict    // the namespace when shape is nil
	Exc   *ExcData // for exceptions
	shape *shape
	slots []Value
	base  *Value // the built-in value of an instance of a subclass of list, int… (subclass.go)
}

// allocInstance makes an instance whose namespace is a dict with room for
// n attributes. Up to eight live in the same allocation as the instance.
func allocInstance(cls *Class, n int) *Instance {
	var inst *Instance
	var d *Dict
	var room []dictEntry
	switch {
	case n <= 0:
		x := &struct {
			Instance
			d Dict
		}{}
		inst, d = &x.Instance, &x.d
	case n <= 2:
		x := &instance2{}
		inst, d, room = &x.Instance, &x.d, x.room[:]
	case n <= 4:
		x := &instance4{}
		inst, d, room = &x.Instance, &x.d, x.room[:]
	case n <= 8:
		x := &instance8{}
		inst, d, room = &x.Instance, &x.d, x.room[:]
	default:
		x := &struct {
			Instance
			d Dict
		}{}
		inst, d = &x.Instance, &x.d
		room = make([]dictEntry, 0, n)
	}
	inst.Class = cls
	inst.ns = d
	d.entries = room[:0]
	if n > smallDict {
		d.grow()
	}
	return inst
}

// instance2, instance4 and instance8 are an instance, its namespace and
// the first entries of the namespace in one allocation.
type (
	instance2 struct {
		Instance
		d    Dict
		room [2]dictEntry
	}
	instance4 struct {
		Instance
		d    Dict
		room [4]dictEntry
	}
	instance8 struct {
		Instance
		d    Dict
		room [8]dictEntry
	}
)

// ClassValue wraps a class as a value.
func ClassValue(c *Class) Value { return ptrValue(KClass, unsafe.Pointer(c)) }

// InstValue wraps an instance as a value.
func InstValue(i *Instance) Value { return ptrValue(KInst, unsafe.Pointer(i)) }

// newClass makes a class deriving from base.
func newClass(name string, base *Class, kind Kind) *Class {
	c := &Class{Name: name, QualName: name, Module: "builtins", Base: base, Dict: newDict(0), InstKind: kind}
	c.MRO = []*Class{c}
	if base != nil {
		c.Bases = []*Class{base}
		c.MRO = append(c.MRO, base.MRO...)
		c.IsExc = base.IsExc
	}
	return c
}

// Lookup finds an attribute along the MRO.
func (c *Class) Lookup(name string) (Value, bool) {
	if c.cached {
		return c.cachedLookup(name)
	}
	for _, k := range c.MRO {
		if v, ok := k.Dict.GetStr(name); ok {
			return v, true
		}
	}
	return Value{}, false
}

// IsSubclass reports whether c derives from base.
func (c *Class) IsSubclass(base *Class) bool {
	for _, k := range c.MRO {
		if k == base {
			return true
		}
	}
	return false
}

// The built-in types.
var (
	ObjectType    = newClass("object", nil, KInst)
	TypeType      = newClass("type", ObjectType, KClass)
	NoneTypeType  = newClass("NoneType", ObjectType, KNone)
	IntType       = newClass("int", ObjectType, KInt)
	BoolType      = newClass("bool", IntType, KBool)
	FloatType     = newClass("float", ObjectType, KFloat)
	StrType       = newClass("str", ObjectType, KStr)
	BytesType     = newClass("bytes", ObjectType, KBytes)
	ListType      = newClass("list", ObjectType, KList)
	TupleType     = newClass("tuple", ObjectType, KTuple)
	DictType      = newClass("dict", ObjectType, KDict)
	SetType       = newClass("set", ObjectType, KSet)
	FrozenSetType = newClass("frozenset", ObjectType, KFrozenSet)
	RangeType     = newClass("range", ObjectType, KRange)
	SliceType     = newClass("slice", ObjectType, KSlice)
	FunctionType  = newClass("function", ObjectType, KFunc)
	BuiltinType   = newClass("builtin_function_or_method", ObjectType, KBuiltin)
	MethodType    = newClass("method", ObjectType, KMethod)
	CellType      = newClass("cell", ObjectType, KCell)
	ModuleType    = newClass("module", ObjectType, KModule)
	IteratorType  = newClass("iterator", ObjectType, KIter)
	GeneratorType = newClass("generator", ObjectType, KGen)
	CodeType      = newClass("code", ObjectType, KCode)
	NotImplType   = newClass("NotImplementedType", ObjectType, KNotImpl)
	EllipsisType  = newClass("ellipsis", ObjectType, KEllipsis)
)

// TypeOf returns the class of v.
func TypeOf(v Value) *Class {
	switch v.kind {
	case KNone:
		return NoneTypeType
	case KBool:
		return BoolType
	case KInt, KBig:
		return IntType
	case KFloat:
		return FloatType
	case KStr:
		return StrType
	case KBytes:
		return BytesType
	case KList:
		return ListType
	case KTuple:
		return TupleType
	case KDict:
		return DictType
	case KSet:
		return SetType
	case KFrozenSet:
		return FrozenSetType
	case KRange:
		return RangeType
	case KSlice:
		return SliceType
	case KFunc:
		return FunctionType
	case KBuiltin:
		return BuiltinType
	case KMethod:
		return MethodType
	case KClass:
		return v.class().metaclass()
	case KInst:
		return v.inst().Class
	case KCell:
		return CellType
	case KModule:
		return ModuleType
	case KIter:
		return v.iter().class()
	case KGen:
		return genType(v.gen())
	case KCode:
		return CodeType
	case KNotImpl:
		return NotImplType
	case KEllipsis:
		return EllipsisType
	}
	return ObjectType
}

// typeName is the name of v's type, as error messages show it.
func typeName(v Value) string { return TypeOf(v).Name }
