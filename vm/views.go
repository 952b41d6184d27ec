package vm

import "github.com/asl-lang/asl/compiler"

// Dict views (d.keys(), d.values(), d.items()) are instances of the view
// classes holding the dict itself, so they follow its changes. Keys and
// items views are set-like: they support | & - ^ and comparisons with
// any iterable, giving sets.

// viewNames are the view classes in the order of the items argument of
// dictView: keys, values, items.
var viewNames = [...]string{"dict_keys", "dict_values", "dict_items"}

var viewClasses = map[string]*Class{}

// dictView makes a view of d: items is 0 for keys, 1 values, 2 items.
func dictView(d *Dict, items int, name string) Value {
	inst := newInstance(viewClasses[name])
	inst.NS().SetStr("mapping", ptrValue(KDict, unsafePointer(d)))
	return InstValue(inst)
}

// viewDict returns the dict a view looks at and which part it shows.
func viewDict(v Value) (*Dict, int) {
	inst := v.inst()
	kind := 0
	for i, n := range viewNames {
		if inst.Class.Name == n {
			kind = i
		}
	}
	return inst.NS().mustGet("mapping").dict(), kind
}

// viewItems returns what a view shows, in order.
func viewItems(v Value) []Value {
	d, kind := viewDict(v)
	out := make([]Value, 0, d.Len())
	d.Items(func(k, val Value) bool {
		switch kind {
		case 0:
			out = append(out, k)
		case 1:
			out = append(out, val)
		default:
			out = append(out, NewTuple([]Value{k, val}))
		}
		return true
	})
	return out
}

func viewIter(t *Thread, a []Value, kw *Kwargs) (Value, error) {
	d, kind := viewDict(a[0])
	names := [...]string{"dict_keyiterator", "dict_valueiterator", "dict_itemiterator"}
	return iterValue(&Iterator{kind: iterDict, dict: d, items: uint8(kind), name: names[kind], stop: int64(d.Len())}), nil
}

func viewReversed(t *Thread, a []Value, kw *Kwargs) (Value, error) {
	items := viewItems(a[0])
	for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
		items[i], items[j] = items[j], items[i]
	}
	return iterValue(&Iterator{kind: iterTuple, seq: items, name: "dict_reversekeyiterator"}), nil
}

func viewLen(t *Thread, a []Value, kw *Kwargs) (Value, error) {
	d, _ := viewDict(a[0])
	return Int(int64(d.Len())), nil
}

func viewContains(t *Thread, a []Value, kw *Kwargs) (Value, error) {
	d, kind := viewDict(a[0])
	switch kind {
	case 0:
		_, ok, err := d.Get(t, a[1])
		return Bool(ok), err
	case 2:
		if a[1].kind != KTuple || len(a[1].tuple().Items) != 2 {
			return False, nil
		}
		kv := a[1].tuple().Items
		v, ok, err := d.Get(t, kv[0])
		if err != nil || !ok {
			return False, err
		}
		eq, err := t.equal(v, kv[1])
		return Bool(eq), err
	}
	ok, err := t.contains(NewList(viewItems(a[0])), a[1])
	return Bool(ok), err
}

func viewRepr(t *Thread, a []Value, kw *Kwargs) (Value, error) {
	s, err := t.repr(NewList(viewItems(a[0])))
	return NewStr(a[0].inst().Class.Name + "(" + s + ")"), err
}

// viewOperand turns an operand of a set operation into a set.
func (t *Thread) viewOperand(v Value) (Value, error) {
	if v.kind == KInst && viewClasses[v.inst().Class.Name] == v.inst().Class {
		return t.newSetFrom(KSet, viewItems(v))
	}
	if isSet(v) {
		return v, nil
	}
	items, err := t.toSlice(v)
	if err != nil {
		return Value{}, err
	}
	return t.newSetFrom(KSet, items)
}

// viewSetOp makes __and__ and the other set operators of a view;
// reflected ones take the view as their right operand.
func viewSetOp(op compiler.Op, reflected bool) BuiltinFunc {
	return func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		if !reflected && a[1].kind == KInst && viewClasses[a[1].inst().Class.Name] != a[1].inst().Class {
			return NotImplemented, nil
		}
		x, err := t.viewOperand(a[0])
		if err != nil {
			return Value{}, err
		}
		y, err := t.viewOperand(a[1])
		if err != nil {
			return NotImplemented, nil
		}
		if reflected {
			x, y = y, x
		}
		x, err = t.newSetFrom(KSet, x.set().ordered())
		if err != nil {
			return Value{}, err
		}
		r, _, err := t.setBinary(op, x, y)
		return r, err
	}
}

// viewCompare makes __eq__ and the other comparisons of set-like views.
func viewCompare(op compiler.Op) BuiltinFunc {
	return func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		other := a[1]
		isView := other.kind == KInst && viewClasses[other.inst().Class.Name] == other.inst().Class
		if !isSet(other) && !isView {
			return NotImplemented, nil
		}
		x, err := t.viewOperand(a[0])
		if err != nil {
			return Value{}, err
		}
		y, err := t.viewOperand(other)
		if err != nil {
			return Value{}, err
		}
		r, err := t.setCompare(op, x.set(), y.set())
		return Bool(r), err
	}
}

func init() {
	for i, n := range viewNames {
		c := newClass(n, ObjectType, KInst)
		set := func(name string, fn BuiltinFunc) { c.Dict.SetStr(name, NewBuiltin(name, fn)) }
		set("__iter__", viewIter)
		set("__len__", viewLen)
		set("__contains__", viewContains)
		set("__repr__", viewRepr)
		set("__reversed__", viewReversed)
		if i != 1 {
			for op, names := range opDunders {
				switch op {
				case compiler.OpBitOr, compiler.OpBitAnd, compiler.OpSub, compiler.OpBitXor:
					set(names[0], viewSetOp(op, false))
					set(names[1], viewSetOp(op, true))
				}
			}
			for name, op := range cmpDunderOps {
				set(name, viewCompare(op))
			}
			set("isdisjoint", func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
				x, err := t.viewOperand(a[0])
				if err != nil {
					return Value{}, err
				}
				return frozenSetMethods["isdisjoint"](t, []Value{x, a[1]}, kw)
			})
		}
		viewClasses[n] = c
	}
}
