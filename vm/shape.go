package vm

// A shape is the sequence of attribute names an instance of a user class
// has, in the order they were first set. Instances that get the same
// attributes in the same order (the usual case: __init__ sets them) share
// one shape, and keep only the values, in slots: no keys, no hashes, no
// index. A GETATTR or SETATTR instruction remembers the shape it last saw
// and the slot of its name, so one pointer comparison finds the value.
//
// Shapes grow by transitions: adding name n to an instance of shape s
// moves it to s.next[n]. An instance leaves shapes for a real dict (its
// namespace is "materialized") when anything needs the dict itself
// (__dict__, vars(), deleting an attribute, a non-str key) or when its
// class has made too many shapes; it never goes back.
type shape struct {
	cls   *Class
	names []string // the attribute names, in slot order
	keys  []Value  // the same names as the str values first used
	next  []shapeEdge
}

// shapeEdge is a transition: setting name on an instance of the shape
// leads to to.
type shapeEdge struct {
	name string
	to   *shape
}

const (
	// maxShapeAttrs is the most attributes an instance keeps in slots.
	maxShapeAttrs = 48
	// maxClassShapes bounds the shapes of one class: past it, instances
	// that need a new shape use dicts instead.
	maxClassShapes = 256
)

// rootShape is the shape of instances of c with no attributes.
func (c *Class) rootShape() *shape {
	if c.shape0 == nil {
		c.shape0 = &shape{cls: c}
		c.nshapes = 1
	}
	return c.shape0
}

// find returns the slot of name, or -1.
func (s *shape) find(name string) int {
	for i, n := range s.names {
		if n == name {
			return i
		}
	}
	return -1
}

// add returns the shape after setting a new attribute name (not in s),
// or nil when the instance should use a dict instead.
func (s *shape) add(key Value) *shape {
	name := key.S()
	for _, e := range s.next {
		if e.name == name {
			return e.to
		}
	}
	if len(s.names) >= maxShapeAttrs || s.cls.nshapes >= maxClassShapes {
		return nil
	}
	n := len(s.names)
	to := &shape{cls: s.cls, names: make([]string, n+1), keys: make([]Value, n+1)}
	copy(to.names, s.names)
	copy(to.keys, s.keys)
	to.names[n], to.keys[n] = name, key
	s.next = append(s.next, shapeEdge{name: name, to: to})
	s.cls.nshapes++
	return to
}

// allocShaped makes an instance of a user class with room for n
// attributes in the same allocation.
func allocShaped(cls *Class, n int) *Instance {
	var inst *Instance
	var room []Value
	switch {
	case n <= 0:
		inst = &Instance{}
	case n <= 2:
		x := &struct {
			Instance
			room [2]Value
		}{}
		inst, room = &x.Instance, x.room[:0]
	case n <= 4:
		x := &struct {
			Instance
			room [4]Value
		}{}
		inst, room = &x.Instance, x.room[:0]
	case n <= 8:
		x := &struct {
			Instance
			room [8]Value
		}{}
		inst, room = &x.Instance, x.room[:0]
	default:
		inst = &Instance{}
		room = make([]Value, 0, min(n, maxShapeAttrs))
	}
	inst.Class = cls
	inst.shape = cls.rootShape()
	inst.slots = room
	return inst
}

// NS returns the instance's namespace as a dict, moving its attributes
// out of slots first if they live there.
func (inst *Instance) NS() *Dict {
	if inst.shape != nil {
		inst.materialize()
	} else if inst.ns == nil {
		inst.ns = newDict(0) // exceptions make theirs when first needed
	}
	return inst.ns
}

// materialize moves the attributes from slots into a dict.
func (inst *Instance) materialize() {
	s := inst.shape
	d := newDict(len(inst.slots))
	for i, v := range inst.slots {
		d.SetStr(s.names[i], v)
		d.entries[i].key = s.keys[i] // keep the str objects first used
	}
	inst.ns, inst.shape, inst.slots = d, nil, nil
}

// attrCount is how many attributes the instance has in its namespace.
func (inst *Instance) attrCount() int {
	if inst.shape != nil {
		return len(inst.slots)
	}
	if inst.ns == nil {
		return 0
	}
	return inst.ns.Len()
}

// getOwn looks name up in the instance's own namespace.
func (inst *Instance) getOwn(name string) (Value, bool) {
	if s := inst.shape; s != nil {
		if i := s.find(name); i >= 0 {
			return inst.slots[i], true
		}
		return Value{}, false
	}
	if inst.ns == nil {
		return Value{}, false
	}
	return inst.ns.GetStr(name)
}

// hasOwn reports whether the instance's own namespace has name.
func (inst *Instance) hasOwn(name string) bool {
	if s := inst.shape; s != nil {
		return s.find(name) >= 0
	}
	return inst.ns != nil && inst.ns.strIndex(name) >= 0
}

// setOwn sets an attribute (key is a str) in the instance's namespace.
func (inst *Instance) setOwn(t *Thread, key, v Value) error {
	if s := inst.shape; s != nil {
		if i := s.find(key.S()); i >= 0 {
			inst.slots[i] = v
			return nil
		}
		if to := s.add(key); to != nil {
			inst.slots = append(inst.slots, v)
			inst.shape = to
			return nil
		}
		inst.materialize()
	}
	if inst.ns == nil {
		inst.ns = newDict(0)
	}
	return inst.ns.Set(t, key, v)
}

// shapeSlot is the value of an attribute instruction's cached slot when
// the instance has the cached shape.
func shapeSlot(inst *Instance, c *attrCache) (*Value, bool) {
	if inst.shape == c.shape && c.shape != nil {
		return &inst.slots[c.slot], true
	}
	return nil, false
}
