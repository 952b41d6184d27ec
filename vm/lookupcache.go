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

// plainAttrs reports whether attribute access on instances of c can go
// straight to the instance dict: a class statement's class with no
// property, __getattr__, __getattribute__ or __setattr__ anywhere.
func (c *Class) plainAttrs() bool {
	if !c.cached {
		return false
	}
	if ep := classEpoch.Load(); c.fepoch != ep+1 {
		c.plain = c.computePlain()
		c.fepoch = ep + 1
	}
	return c.plain
}

func (c *Class) computePlain() bool {
	if c.IsExc {
		return false // exceptions keep args, __cause__… outside their dict
	}
	for _, k := range c.MRO {
		if k.Dict.strIndex("__getattr__") >= 0 || k.Dict.strIndex("__setattr__") >= 0 || k.Dict.strIndex("__getattribute__") >= 0 || k.Dict.strIndex("__slots__") >= 0 {
			return false
		}
		plain := true
		k.Dict.Items(func(_, v Value) bool {
			if v.kind == KInst && v.inst().Class == PropertyType {
				plain = false
			}
			return plain
		})
		if !plain {
			return false
		}
	}
	return true
}

// strIndexHashed is strIndex for a str object whose hash is cached.
func (d *Dict) strIndexHashed(s *Str) int {
	if len(d.index) == 0 {
		return -1
	}
	h := s.Hash()
	mask := uint64(len(d.index) - 1)
	slot := h & mask
	for perturb := h; ; perturb >>= 5 {
		e := d.index[slot]
		if e < 0 {
			return -1
		}
		ent := &d.entries[e]
		if ent.hash == h && !ent.deleted && ent.key.kind == KStr && ent.key.S() == s.S {
			return int(e)
		}
		slot = (slot*5 + 1 + perturb) & mask
	}
}
