package vm

import "sync/atomic"

// classEpoch changes whenever a key is added to or removed from any class
// namespace; a class's lookup cache is valid while the epoch stays.
var classEpoch atomic.Uint64

// lookupEntry says where an attribute name was found along the MRO: the
// namespace and the entry, so that a changed value is seen at once.
type lookupEntry struct {
	d   *Dict // nil: not found
	idx int32
}

// cachedLookup is Lookup with the class's cache.
func (c *Class) cachedLookup(name string) (Value, bool) {
	if ep := classEpoch.Load(); c.lepoch != ep || c.lcache == nil {
		c.lcache = make(map[string]lookupEntry, 8)
		c.lepoch = ep
	}
	if e, ok := c.lcache[name]; ok {
		if e.d == nil {
			return Value{}, false
		}
		return e.d.entries[e.idx].val, true
	}
	for _, k := range c.MRO {
		if i := k.Dict.strIndex(name); i >= 0 {
			c.lcache[name] = lookupEntry{d: k.Dict, idx: int32(i)}
			return k.Dict.entries[i].val, true
		}
	}
	c.lcache[name] = lookupEntry{}
	return Value{}, false
}

func (c *Class) computePlain() bool {
	if c.IsExc {
		return false // exceptions keep args, __cause__… outside their dict
	}
	for _, k := range c.MRO {
		if k.Dict.strIndex("__setattr__") >= 0 || k.Dict.strIndex("__getattribute__") >= 0 || k.Dict.strIndex("__slots__") >= 0 {
			return false
		}
	}
	return true
}

// strIndexHashed is strIndex for a str object whose hash is cached.
func (d *Dict) strIndexHashed(s *Str) int { return d.strIndexH(s.S, s.Hash()) }

// simpleInit returns the __init__ written in asl that a call of the class
// can run as a frame, or nil when the class needs the general path
// (__new__, a built-in base, no __init__ of its own).
func (c *Class) simpleInit() *Function {
	if ep := classEpoch.Load(); c.iepoch != ep+1 {
		c.init = c.computeSimpleInit()
		c.iepoch = ep + 1
	}
	return c.init
}

func (c *Class) computeSimpleInit() *Function {
	if c.Meta != nil {
		if _, ok := metaOwn(c.Meta, "__call__"); ok {
			return nil // the metaclass's __call__ makes the instances
		}
	}
	init, ok := c.Lookup("__init__")
	if !ok || init.kind != KFunc || init.function().Code.Generator || init.function().Code.Coroutine {
		return nil
	}
	if nw, ok := c.Lookup("__new__"); ok && !(c.IsExc && nw.kind == KBuiltin) {
		return nil // a __new__ of its own (BaseException's is allocExcInstance)
	}
	for _, base := range c.MRO[1:] {
		if _, builtin := constructors[base]; builtin && base != ObjectType {
			return nil
		}
	}
	return init.function()
}

// specialAttrs reports whether cls customizes attribute access as a
// whole (__getattribute__, __setattr__, __slots__), cached per epoch.
func (c *Class) specialAttrs() bool {
	if ep := classEpoch.Load(); c.fepoch != ep+1 {
		c.plain = c.computePlain()
		c.fepoch = ep + 1
	}
	return !c.plain
}

// setSmallStr stores key (a str) in a dict small enough to have no index
// and returns the entry's position, or -1, having done nothing, when the
// dict needs the general path (Set).
func (d *Dict) setSmallStr(key, v Value) int {
	if d.index != nil || d.isClass || len(d.entries) >= smallDict {
		return -1
	}
	s := key.str()
	h := s.Hash()
	for i := range d.entries {
		e := &d.entries[i]
		if !e.deleted && (e.key.ptr == key.ptr || (e.hash == h && e.key.kind == KStr && e.key.S() == s.S)) {
			e.val = v
			return i
		}
	}
	d.entries = append(d.entries, dictEntry{key: key, val: v, hash: h})
	d.live++
	d.changed()
	return len(d.entries) - 1
}
