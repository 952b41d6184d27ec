package vm

import "sync"

// loadMethod implements LOADMETHOD: regs[1] holds the object. When the
// attribute is a function on the object's class (or a method of a built-in
// type), regs[0] gets it unbound and regs[1] stays as self; otherwise
// regs[0] gets the attribute and regs[1] is marked unbound.
func (t *Thread) loadMethod(regs []Value, name Value, pair *[2]attrCache) error {
	obj := regs[1]
	n := name.S()
	switch obj.kind {
	case KInst:
		inst := obj.inst()
		if attr, ok := inst.Class.Lookup(n); ok && (attr.kind == KFunc || attr.kind == KBuiltin && !attr.builtin().Bound) {
			if !inst.hasOwn(n) {
				regs[0] = attr
				if inst.Class.cached {
					pair[1] = pair[0]
					pair[0] = attrCache{cls: inst.Class, epoch: classEpoch.Load(), val: attr, mode: attrMethod}
				}
				return nil
			}
		}
	case KStr, KList, KDict, KTuple, KSet, KFrozenSet, KInt, KFloat, KBytes:
		if m, ok := unboundMethod(obj.kind, n); ok {
			regs[0] = m
			pair[1] = pair[0]
			pair[0] = attrCache{val: m, mode: attrBuiltinMethod, bkind: obj.kind}
			return nil
		}
	}
	v, err := t.getAttr(obj, name)
	if err != nil {
		return err
	}
	regs[0], regs[1] = v, unbound
	return nil
}

// unboundMethods holds the method values of built-in types, built once
// so that calls never allocate them (and no goroutine ever writes).
var (
	unboundMethods     = map[Kind]map[string]Value{}
	unboundMethodsOnce sync.Once
)

func buildUnboundMethods() {
	for k, table := range methodTables {
		m := make(map[string]Value, len(table))
		for name, fn := range table {
			b := NewBuiltin(name, fn)
			b.builtin().intrinsic = intrinsicMethods[k][name]
			m[name] = b
		}
		unboundMethods[k] = m
	}
}

func unboundMethod(k Kind, name string) (Value, bool) {
	unboundMethodsOnce.Do(buildUnboundMethods)
	m, ok := unboundMethods[k][name]
	return m, ok
}

// attrCache remembers, for one instruction, the value an attribute name
// had on a class, valid while classEpoch stays.
type attrCache struct {
	cls    *Class
	epoch  uint64
	val    Value
	mode   attrMode
	hasVal bool      // attrInstance: val is the class attribute to fall back on
	fn     *Function // attrProperty: the getter
	setter *Function // attrProperty: the setter, if written in asl
	bkind  Kind      // attrBuiltinMethod: the receiver's kind
	slot   int32     // attrInstance: where the name was last found in an instance dict
	// attrInstance on instances with shapes: the name is in slot of
	// instances of shape; SETATTR also remembers the shape from which
	// adding the name leads to shape.
	shape, from *shape
}

// slotEntry is the entry of d where name was last found, if it still holds
// name: module names are shared strs, so one pointer comparison decides.
func (c *attrCache) slotEntry(d *Dict, name Value) *dictEntry {
	if s := int(c.slot); s >= 0 && s < len(d.entries) {
		if e := &d.entries[s]; e.key.ptr == name.ptr && !e.deleted {
			return e
		}
	}
	return nil
}

// attrMode says how GETATTR and SETATTR may treat a name on a class.
type attrMode uint8

const (
	attrSlow          attrMode = iota // use the general path
	attrInstance                      // the instance dict, then maybe a class value
	attrProperty                      // a property whose functions are asl code
	attrMethod                        // LOADMETHOD: a function of the class
	attrBuiltinMethod                 // LOADMETHOD: a method of a built-in type (bkind)
)

// attrEntry finds or fills the cache entry of cls in an instruction's
// two-entry cache.
func (t *Thread) attrEntry(pair *[2]attrCache, cls *Class, name string) *attrCache {
	ep := classEpoch.Load()
	if pair[0].cls == cls && pair[0].epoch == ep {
		return &pair[0]
	}
	if pair[1].cls == cls && pair[1].epoch == ep {
		return &pair[1]
	}
	pair[1] = pair[0]
	t.fillAttrCache(&pair[0], cls, name)
	return &pair[0]
}

// fillAttrCache decides how attribute name behaves on instances of cls.
func (t *Thread) fillAttrCache(c *attrCache, cls *Class, name string) {
	*c = attrCache{cls: cls, epoch: classEpoch.Load()}
	if !cls.cached || cls.IsExc || cls.specialAttrs() {
		return
	}
	attr, found := cls.Lookup(name)
	switch {
	case !found:
		c.mode = attrInstance
	case attr.kind == KInst && attr.inst().Class == PropertyType:
		get, _ := attr.inst().NS().GetStr("fget")
		set, _ := attr.inst().NS().GetStr("fset")
		if asSimpleFunc(get, 1) == nil {
			return
		}
		c.mode, c.fn, c.setter = attrProperty, asSimpleFunc(get, 1), asSimpleFunc(set, 2)
	case attr.kind == KInst || attr.kind == KBuiltin:
		return // other descriptors
	default:
		c.mode = attrInstance
		c.hasVal = attr.kind != KFunc
		c.val = attr
	}
}

// asSimpleFunc returns v as an asl function taking exactly n positional
// parameters, or nil.
func asSimpleFunc(v Value, n int) *Function {
	if v.kind != KFunc {
		return nil
	}
	fn := v.function()
	if !fn.Code.simple || fn.Code.Generator || fn.Code.Coroutine || fn.Code.ArgCount != n {
		return nil
	}
	return fn
}

// cachedMethod is LOADMETHOD's fast path: a function found earlier on
// the object's class, when the instance does not shadow it.
func cachedMethod(pair *[2]attrCache, obj, name Value) (Value, bool) {
	if obj.kind != KInst {
		for k := range pair {
			if c := &pair[k]; c.mode == attrBuiltinMethod && c.bkind == obj.kind {
				return c.val, true
			}
		}
		return Value{}, false
	}
	inst := obj.inst()
	ep := classEpoch.Load()
	for k := range pair {
		if c := &pair[k]; c.cls == inst.Class && c.epoch == ep && c.mode == attrMethod {
			if s := inst.shape; s != nil {
				// c.shape: a shape known not to have the name.
				if s == c.shape || s.find(name.S()) < 0 {
					c.shape = s
					return c.val, true
				}
				return Value{}, false
			}
			if inst.ns == nil || inst.ns.strIndexHashed(name.str()) < 0 {
				return c.val, true
			}
			return Value{}, false
		}
	}
	return Value{}, false
}
