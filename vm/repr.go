package vm

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/asl-lang/asl/internal/pyrepr"
)

// repr is Python's repr(v).
func (t *Thread) repr(v Value) (string, error) {
	var b strings.Builder
	err := t.writeRepr(&b, v, nil)
	return b.String(), err
}

// str is Python's str(v).
func (t *Thread) str(v Value) (string, error) {
	switch v.kind {
	case KStr:
		return v.S(), nil
	case KClass:
		if m, ok := metaMethod(v, "__str__"); ok {
			return t.callStr(m, v, "__str__")
		}
	case KInst:
		inst := v.inst()
		if m, ok := inst.Class.Lookup("__str__"); ok {
			return t.callStr(m, v, "__str__")
		}
		if inst.base != nil && (inst.base.kind == KStr || inst.base.kind == KBytes) {
			return t.str(*inst.base) // str and bytes define __str__
		}
		if inst.Exc != nil {
			if _, ok := inst.Class.Lookup("__repr__"); !ok || true {
				return t.excStr(inst)
			}
		}
	}
	return t.repr(v)
}

func (t *Thread) excStr(inst *Instance) (string, error) {
	d := inst.Exc
	if inst.Class.IsSubclass(BaseExceptionGroupType) && len(d.Args) == 2 {
		return excMessage(inst), nil
	}
	switch len(d.Args) {
	case 0:
		return "", nil
	case 1:
		if inst.Class.IsSubclass(KeyErrorType) {
			return t.repr(d.Args[0])
		}
		return t.str(d.Args[0])
	}
	return t.repr(NewTuple(d.Args))
}

// callStr calls __str__ or __repr__ and checks it returned a str.
func (t *Thread) callStr(m, v Value, name string) (string, error) {
	r, err := t.call(m, []Value{v}, nil)
	if err != nil {
		return "", err
	}
	r = asStr(r)
	if r.kind != KStr {
		return "", Errorf(TypeErrorType, "%s returned non-string (type %s)", name, typeName(r))
	}
	return r.S(), nil
}

// writeRepr writes repr(v); seen guards against recursive containers.
// Each value written costs a step of the thread's budget, if it has one.
func (t *Thread) writeRepr(b *strings.Builder, v Value, seen map[any]bool) error {
	if err := t.step(); err != nil {
		return err
	}
	switch v.kind {
	case KNone:
		b.WriteString("None")
	case KBool:
		if v.bits != 0 {
			b.WriteString("True")
		} else {
			b.WriteString("False")
		}
	case KInt:
		b.WriteString(strconv.FormatInt(v.I(), 10))
	case KBig:
		s := v.big().String()
		if n := len(strings.TrimPrefix(s, "-")); n > maxStrDigits {
			return Errorf(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", maxStrDigits)
		}
		b.WriteString(s)
	case KFloat:
		b.WriteString(pyrepr.Float(v.F()))
	case KComplex:
		b.WriteString(pyrepr.Complex(v.complex()))
	case KStr:
		b.WriteString(pyrepr.Str(v.S()))
	case KBytes:
		b.WriteString(pyrepr.Bytes(v.bytes().B))
	case KList, KTuple:
		if seen[v.ptr] {
			if v.kind == KList {
				b.WriteString("[...]")
			} else {
				b.WriteString("(...)")
			}
			return nil
		}
		if seen == nil {
			seen = map[any]bool{}
		}
		seen[v.ptr] = true
		defer delete(seen, v.ptr)
		items := seqItems(v)
		open, close := "[", "]"
		if v.kind == KTuple {
			open, close = "(", ")"
		}
		b.WriteString(open)
		for i, x := range items {
			if i > 0 {
				b.WriteString(", ")
			}
			if err := t.writeRepr(b, x, seen); err != nil {
				return err
			}
		}
		if v.kind == KTuple && len(items) == 1 {
			b.WriteString(",")
		}
		b.WriteString(close)
	case KDict:
		if seen[v.ptr] {
			b.WriteString("{...}")
			return nil
		}
		if seen == nil {
			seen = map[any]bool{}
		}
		seen[v.ptr] = true
		defer delete(seen, v.ptr)
		b.WriteString("{")
		first := true
		var err error
		v.dict().Items(func(k, val Value) bool {
			if !first {
				b.WriteString(", ")
			}
			first = false
			if err = t.writeRepr(b, k, seen); err != nil {
				return false
			}
			b.WriteString(": ")
			err = t.writeRepr(b, val, seen)
			return err == nil
		})
		if err != nil {
			return err
		}
		b.WriteString("}")
	case KSet, KFrozenSet:
		keys := v.set().ordered()
		if len(keys) == 0 {
			if v.kind == KSet {
				b.WriteString("set()")
			} else {
				b.WriteString("frozenset()")
			}
			return nil
		}
		if v.kind == KFrozenSet {
			b.WriteString("frozenset(")
		}
		b.WriteString("{")
		for i, k := range keys {
			if i > 0 {
				b.WriteString(", ")
			}
			if err := t.writeRepr(b, k, seen); err != nil {
				return err
			}
		}
		b.WriteString("}")
		if v.kind == KFrozenSet {
			b.WriteString(")")
		}
	case KRange:
		r := v.rng()
		if r.Step == 1 {
			fmt.Fprintf(b, "range(%d, %d)", r.Start, r.Stop)
		} else {
			fmt.Fprintf(b, "range(%d, %d, %d)", r.Start, r.Stop, r.Step)
		}
	case KSlice:
		s := v.slice()
		b.WriteString("slice(")
		for i, x := range []Value{s.Start, s.Stop, s.Step} {
			if i > 0 {
				b.WriteString(", ")
			}
			if err := t.writeRepr(b, x, seen); err != nil {
				return err
			}
		}
		b.WriteString(")")
	case KFunc:
		fmt.Fprintf(b, "<function %s at %#x>", v.function().QualName, uintptr(v.ptr))
	case KBuiltin:
		bi := v.builtin()
		if bi.Bound {
			fmt.Fprintf(b, "<built-in method %s of %s object at %#x>", bi.Name, typeName(bi.Self), uintptr(bi.Self.ptr))
		} else {
			fmt.Fprintf(b, "<built-in function %s>", bi.Name)
		}
	case KMethod:
		m := v.method()
		name := "?"
		if m.Fn.kind == KFunc {
			name = m.Fn.function().QualName
		}
		s, err := t.repr(m.Self)
		if err != nil {
			return err
		}
		fmt.Fprintf(b, "<bound method %s of %s>", name, s)
	case KClass:
		c := v.class()
		if m, ok := metaMethod(v, "__repr__"); ok {
			s, err := t.callStr(m, v, "__repr__")
			b.WriteString(s)
			return err
		}
		if c.Module == "builtins" {
			fmt.Fprintf(b, "<class '%s'>", c.QualName)
		} else {
			fmt.Fprintf(b, "<class '%s.%s'>", c.Module, c.QualName)
		}
	case KModule:
		m := v.module()
		if f, ok := m.Dict.GetStr("__file__"); ok && f.kind == KStr {
			fmt.Fprintf(b, "<module '%s' from '%s'>", m.Name, f.S())
		} else if _, ok := m.Dict.GetStr("__path__"); ok {
			fmt.Fprintf(b, "<module '%s' (namespace)>", m.Name)
		} else {
			fmt.Fprintf(b, "<module '%s' (built-in)>", m.Name)
		}
	case KInst:
		inst := v.inst()
		if m, ok := inst.Class.Lookup("__repr__"); ok {
			s, err := t.callStr(m, v, "__repr__")
			if err != nil {
				return err
			}
			b.WriteString(s)
			return nil
		}
		if inst.hasPayload() {
			return t.writeRepr(b, *inst.base, seen)
		}
		if inst.Exc != nil {
			b.WriteString(inst.Class.Name)
			b.WriteString("(")
			for i, a := range inst.Exc.Args {
				if i > 0 {
					b.WriteString(", ")
				}
				if err := t.writeRepr(b, a, seen); err != nil {
					return err
				}
			}
			b.WriteString(")")
			return nil
		}
		fmt.Fprintf(b, "<%s.%s object at %#x>", inst.Class.Module, inst.Class.QualName, uintptr(v.ptr))
	case KNotImpl:
		b.WriteString("NotImplemented")
	case KEllipsis:
		b.WriteString("Ellipsis")
	case KCell:
		fmt.Fprintf(b, "<cell at %#x>", uintptr(v.ptr))
	case KGen:
		b.WriteString(genRepr(v))
	default:
		fmt.Fprintf(b, "<%s object at %#x>", typeName(v), uintptr(v.ptr))
	}
	return nil
}

// plainRepr is repr for values that never call asl code (messages).
func plainRepr(v Value) string {
	s, err := (&Thread{}).repr(v)
	if err != nil {
		return "<?>"
	}
	return s
}

// plainStr is str for messages.
func plainStr(v Value) string {
	if v.kind == KStr {
		return v.S()
	}
	return plainRepr(v)
}

// maxStrDigits is CPython 3.11's default limit on decimal conversions of
// ints (sys.get_int_max_str_digits()).
const maxStrDigits = 4300
