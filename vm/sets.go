package vm

import "github.com/asl-lang/asl/compiler"

// isSet reports whether v is a set or a frozenset.
func isSet(v Value) bool { return v.kind == KSet || v.kind == KFrozenSet }

// setMembers returns the members of an iterable in iteration order: a
// set's in CPython's table order.
func (t *Thread) setMembers(v Value) ([]Value, error) {
	if isSet(v) {
		return v.set().ordered(), nil
	}
	return t.toSlice(v)
}

// setHas reports whether x is a member of s.
func (t *Thread) setHas(s *Set, x Value) (bool, error) {
	_, ok, err := s.d.Get(t, x)
	return ok, err
}

// setUnion is a | b | ...: a's members, then the others' new ones.
func (t *Thread) setUnion(kind Kind, a Value, others []Value) (Value, error) {
	items := a.set().ordered()
	for _, o := range others {
		more, err := t.setMembers(o)
		if err != nil {
			return Value{}, err
		}
		items = append(items, more...)
	}
	return t.newSetFrom(kind, items)
}

// setIntersection is a & b as CPython's set_intersection: it walks the
// smaller set and keeps what the larger one holds.
func (t *Thread) setIntersection(kind Kind, a, b Value) (Value, error) {
	small, big := b, a
	if isSet(b) && b.set().d.Len() > a.set().d.Len() {
		small, big = a, b
	}
	var bigSet *Set
	if isSet(big) {
		bigSet = big.set()
	} else {
		bigSet = a.set()
	}
	members, err := t.setMembers(small)
	if err != nil {
		return Value{}, err
	}
	var items []Value
	for _, x := range members {
		in, err := t.setHas(bigSet, x)
		if err != nil {
			return Value{}, err
		}
		if in {
			items = append(items, x)
		}
	}
	return t.newSetFrom(kind, items)
}

// setDifference is a - b.
func (t *Thread) setDifference(kind Kind, a, b Value) (Value, error) {
	other, err := setOf(t, b)
	if err != nil {
		return Value{}, err
	}
	var items []Value
	for _, x := range a.set().ordered() {
		in, err := t.setHas(other, x)
		if err != nil {
			return Value{}, err
		}
		if !in {
			items = append(items, x)
		}
	}
	return t.newSetFrom(kind, items)
}

// setSymDiff is a ^ b as CPython computes it: b's members, then a's
// members toggled in.
func (t *Thread) setSymDiff(kind Kind, a, b Value) (Value, error) {
	members, err := t.setMembers(b)
	if err != nil {
		return Value{}, err
	}
	r, err := t.newSetFrom(kind, members)
	if err != nil {
		return Value{}, err
	}
	for _, x := range a.set().ordered() {
		removed, err := r.set().d.Delete(t, x)
		if err != nil {
			return Value{}, err
		}
		if !removed {
			if err := r.set().d.Set(t, x, None); err != nil {
				return Value{}, err
			}
		}
	}
	return t.newSetFrom(kind, r.set().ordered())
}

// setBinary applies | & - ^ to two sets; ok is false when the operands
// are not both sets. The result has the left operand's type.
func (t *Thread) setBinary(op compiler.Op, x, y Value) (Value, bool, error) {
	if !isSet(x) || !isSet(y) {
		return Value{}, false, nil
	}
	var r Value
	var err error
	switch op {
	case compiler.OpBitOr:
		r, err = t.setUnion(x.kind, x, []Value{y})
	case compiler.OpBitAnd:
		r, err = t.setIntersection(x.kind, x, y)
	case compiler.OpSub:
		r, err = t.setDifference(x.kind, x, y)
	case compiler.OpBitXor:
		r, err = t.setSymDiff(x.kind, x, y)
	default:
		return Value{}, false, nil
	}
	return r, true, err
}

// setInplace applies |= &= -= ^= to a set, changing it in place.
func (t *Thread) setInplace(op compiler.Op, x, y Value) (Value, bool, error) {
	r, ok, err := t.setBinary(op, x, y)
	if !ok || err != nil {
		return r, ok, err
	}
	d := &x.set().d
	d.Clear()
	for _, k := range r.set().ordered() {
		if err := d.Set(t, k, None); err != nil {
			return Value{}, true, err
		}
	}
	return x, true, nil
}

// setMethodFunc is a set method taking the receiver and its arguments.
type setMethodFunc = func(t *Thread, self Value, args []Value) (Value, error)

// setMethod wraps a set method, checking its number of arguments the
// way CPython's METH_NOARGS and METH_O methods do.
func setMethod(name string, nargs int, fn setMethodFunc) methodFunc {
	return func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		if kw.Len() > 0 {
			return Value{}, Errorf(TypeErrorType, "%s.%s() takes no keyword arguments", typeName(a[0]), name)
		}
		n := len(a) - 1
		switch {
		case nargs == 0 && n != 0:
			return Value{}, Errorf(TypeErrorType, "%s.%s() takes no arguments (%d given)", typeName(a[0]), name, n)
		case nargs == 1 && n != 1:
			return Value{}, Errorf(TypeErrorType, "%s.%s() takes exactly one argument (%d given)", typeName(a[0]), name, n)
		}
		return fn(t, a[0], a[1:])
	}
}

// frozenSetMethods are the methods sets and frozensets share.
var frozenSetMethods = map[string]methodFunc{
	"copy": setMethod("copy", 0, func(t *Thread, s Value, a []Value) (Value, error) {
		if s.kind == KFrozenSet {
			return s, nil
		}
		return t.newSetFrom(s.kind, s.set().ordered())
	}),
	"union": setMethod("union", -1, func(t *Thread, s Value, a []Value) (Value, error) {
		return t.setUnion(s.kind, s, a)
	}),
	"intersection": setMethod("intersection", -1, func(t *Thread, s Value, a []Value) (Value, error) {
		return t.setFold(s, a, t.setIntersection)
	}),
	"difference": setMethod("difference", -1, func(t *Thread, s Value, a []Value) (Value, error) {
		return t.setFold(s, a, t.setDifference)
	}),
	"symmetric_difference": setMethod("symmetric_difference", 1, func(t *Thread, s Value, a []Value) (Value, error) {
		return t.setSymDiff(s.kind, s, a[0])
	}),
	"issubset": setMethod("issubset", 1, func(t *Thread, s Value, a []Value) (Value, error) {
		return t.setRelation(compiler.OpLe, s, a[0])
	}),
	"issuperset": setMethod("issuperset", 1, func(t *Thread, s Value, a []Value) (Value, error) {
		return t.setRelation(compiler.OpGe, s, a[0])
	}),
	"isdisjoint": setMethod("isdisjoint", 1, func(t *Thread, s Value, a []Value) (Value, error) {
		members, err := t.setMembers(a[0])
		if err != nil {
			return Value{}, err
		}
		for _, x := range members {
			if in, err := t.setHas(s.set(), x); err != nil || in {
				return False, err
			}
		}
		return True, nil
	}),
}

// setFold applies a binary set operation to the receiver and each
// argument in turn; with no arguments it copies the receiver.
func (t *Thread) setFold(s Value, args []Value, op func(Kind, Value, Value) (Value, error)) (Value, error) {
	r, err := t.newSetFrom(s.kind, s.set().ordered())
	for _, o := range args {
		if err != nil {
			break
		}
		r, err = op(s.kind, r, o)
	}
	return r, err
}

// setRelation is issubset and issuperset: the argument may be any
// iterable.
func (t *Thread) setRelation(op compiler.Op, s, other Value) (Value, error) {
	o, err := setOf(t, other)
	if err != nil {
		return Value{}, err
	}
	r, err := t.setCompare(op, s.set(), o)
	return Bool(r), err
}

// setMethods are the methods of set: frozenSetMethods and the mutators.
var setMethods = map[string]methodFunc{
	"add": setMethod("add", 1, func(t *Thread, s Value, a []Value) (Value, error) {
		return None, t.setAdd(s, a[0])
	}),
	"discard": setMethod("discard", 1, func(t *Thread, s Value, a []Value) (Value, error) {
		_, err := s.set().d.Delete(t, a[0])
		return None, err
	}),
	"remove": setMethod("remove", 1, func(t *Thread, s Value, a []Value) (Value, error) {
		ok, err := s.set().d.Delete(t, a[0])
		if err == nil && !ok {
			err = NewException(KeyErrorType, a[0])
		}
		return None, err
	}),
	"pop": setMethod("pop", 0, func(t *Thread, s Value, a []Value) (Value, error) {
		keys := s.set().ordered()
		if len(keys) == 0 {
			return Value{}, Errorf(KeyErrorType, "pop from an empty set")
		}
		_, err := s.set().d.Delete(t, keys[0])
		return keys[0], err
	}),
	"clear": setMethod("clear", 0, func(t *Thread, s Value, a []Value) (Value, error) {
		s.set().d.Clear()
		return None, nil
	}),
	"update": setMethod("update", -1, func(t *Thread, s Value, a []Value) (Value, error) {
		for _, o := range a {
			if err := t.iterate(o, func(x Value) error { return t.setAdd(s, x) }); err != nil {
				return Value{}, err
			}
		}
		return None, nil
	}),
	"intersection_update":         setUpdate("intersection"),
	"difference_update":           setUpdate("difference"),
	"symmetric_difference_update": setUpdate("symmetric_difference"),
}

// setUpdate makes the in-place form of a set method.
func setUpdate(name string) methodFunc {
	return func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		r, err := frozenSetMethods[name](t, a, kw)
		if err != nil {
			return Value{}, err
		}
		d := &a[0].set().d
		d.Clear()
		for _, k := range r.set().ordered() {
			if err := d.Set(t, k, None); err != nil {
				return Value{}, err
			}
		}
		return None, nil
	}
}

func init() {
	for name, m := range frozenSetMethods {
		setMethods[name] = m
	}
}

// setIter iterates a set in CPython's order, failing as CPython does if
// the set changes size meanwhile.
func setIter(v Value) Value {
	s := v.set()
	items := s.ordered()
	n := s.d.Len()
	i := 0
	return funcIter("set_iterator", func(t *Thread) (Value, bool, error) {
		if s.d.Len() != n {
			n = -1
			return Value{}, false, Errorf(RuntimeErrorType, "Set changed size during iteration")
		}
		if i >= len(items) {
			return Value{}, false, nil
		}
		i++
		return items[i-1], true, nil
	})
}
