package vm

import "sync"

// loadMethod implements LOADMETHOD: regs[1] holds the object. When the
// attribute is a function on the object's class (or a method of a built-in
// type), regs[0] gets it unbound and regs[1] stays as self; otherwise
// regs[0] gets the attribute and regs[1] is marked unbound.
func (t *Thread) loadMethod(regs []Value, name Value) error {
	obj := regs[1]
	n := name.S()
	switch obj.kind {
	case KInst:
		inst := obj.inst()
		if attr, ok := inst.Class.Lookup(n); ok && attr.kind == KFunc {
			if inst.Dict == nil || inst.Dict.strIndex(n) < 0 {
				regs[0] = attr
				return nil
			}
		}
	case KStr, KList, KDict, KTuple, KSet, KFrozenSet, KInt, KFloat, KBytes:
		if m, ok := unboundMethod(obj.kind, n); ok {
			regs[0] = m
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
			m[name] = NewBuiltin(name, fn)
		}
		unboundMethods[k] = m
	}
}

func unboundMethod(k Kind, name string) (Value, bool) {
	unboundMethodsOnce.Do(buildUnboundMethods)
	m, ok := unboundMethods[k][name]
	return m, ok
}
