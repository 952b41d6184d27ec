package vm

import "sort"

// objectDir is dir(object) in CPython 3.11: what every class offers.
var objectDir = []string{
	"__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
	"__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
	"__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
	"__setattr__", "__sizeof__", "__str__", "__subclasshook__",
}

// excDir is what BaseException adds to dir(object).
var excDir = []string{
	"__cause__", "__context__", "__dict__", "__setstate__", "__suppress_context__",
	"__traceback__", "add_note", "args", "with_traceback",
}

// bDir is dir([obj]): the sorted names of the caller's scope, or of an
// object's attributes (its own, its class's and the classes' bases').
func bDir(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if err := argCount("dir", args, 0, 1); err != nil {
		return Value{}, err
	}
	names := map[string]bool{}
	addDict := func(d *Dict) {
		for _, e := range d.entries {
			if !e.deleted && e.key.kind == KStr {
				names[e.key.S()] = true
			}
		}
	}
	addClass := func(c *Class) {
		for _, k := range c.MRO {
			switch {
			case k == ObjectType:
				for _, n := range objectDir {
					names[n] = true
				}
			case k == BaseExceptionType:
				for _, n := range excDir {
					names[n] = true
				}
			case k.cached:
				addDict(k.Dict)
				names["__dict__"], names["__module__"], names["__weakref__"] = true, true, true
			default:
				addDict(k.Dict)
				for n := range methodTables[k.InstKind] {
					names[n] = true
				}
			}
		}
	}
	if len(args) == 0 {
		loc, err := bLocals(t, nil, nil)
		if err != nil {
			return Value{}, err
		}
		addDict(loc.dict())
		return sortedNames(names), nil
	}
	v := args[0]
	if m, ok := TypeOf(v).Lookup("__dir__"); ok && m.kind == KFunc {
		r, err := t.call(m, []Value{v}, nil)
		if err != nil {
			return Value{}, err
		}
		return bSorted(t, []Value{r}, nil)
	}
	switch v.kind {
	case KModule:
		addDict(v.module().Dict)
	case KClass:
		addClass(v.class())
	case KInst:
		if d, err := t.getAttr(v, NewStr("__dict__")); err == nil && d.kind == KDict {
			addDict(d.dict())
		}
		addClass(v.inst().Class)
	default:
		addClass(TypeOf(v))
	}
	return sortedNames(names), nil
}

// sortedNames is a sorted list of a set of names.
func sortedNames(set map[string]bool) Value {
	keys := make([]string, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	items := make([]Value, len(keys))
	for i, k := range keys {
		items[i] = NewStr(k)
	}
	return NewList(items)
}
