package vm

import (
	"strings"

	"github.com/asl-lang/asl/compiler"
)

// newSetFrom makes a set (or frozenset) of items.
func (t *Thread) newSetFrom(kind Kind, items []Value) (Value, error) {
	s := &Set{}
	for _, x := range items {
		if err := s.d.Set(t, x, None); err != nil {
			return Value{}, err
		}
	}
	return ptrValue(kind, unsafePointer(s)), nil
}

func (t *Thread) setAdd(set, x Value) error { return set.set().d.Set(t, x, None) }

// extendInto appends the items of an iterable to a list (or a set).
func (t *Thread) extendInto(dst, src Value) error {
	if dst.kind == KSet {
		return t.iterate(src, func(x Value) error { return t.setAdd(dst, x) })
	}
	l := dst.list()
	if src.kind == KList || src.kind == KTuple {
		l.Items = append(l.Items, seqItems(src)...)
		return nil
	}
	return t.iterate(src, func(x Value) error {
		l.Items = append(l.Items, x)
		return nil
	})
}

// dictUpdate merges a mapping into a dict; forCall reports repeated
// keyword arguments as CPython does for f(**a, **b).
func (t *Thread) dictUpdate(dst, src Value, forCall bool) error {
	d := dst.dict()
	if src.kind == KDict {
		var err error
		src.dict().Items(func(k, v Value) bool {
			if forCall {
				if _, ok, _ := d.Get(t, k); ok {
					err = Errorf(TypeErrorType, "got multiple values for keyword argument '%s'", plainStr(k))
					return false
				}
			}
			err = d.Set(t, k, v)
			return err == nil
		})
		return err
	}
	keys, err := t.callMethod(src, "keys")
	if err != nil {
		return Errorf(TypeErrorType, "'%s' object is not a mapping", typeName(src))
	}
	return t.iterate(keys, func(k Value) error {
		v, err := t.getItem(src, k)
		if err != nil {
			return err
		}
		return d.Set(t, k, v)
	})
}

// unpack assigns the items of v to dst; with a starred target, star is
// its index and after the number of targets after it.
func (t *Thread) unpack(v Value, dst []Value, star, after int) error {
	var items []Value
	if v.kind == KList || v.kind == KTuple {
		items = seqItems(v)
	} else {
		var err error
		if items, err = t.toSlice(v); err != nil {
			if e, ok := err.(*Exception); ok && e.Value.inst().Class == TypeErrorType && strings.HasSuffix(excMessage(e.Value.inst()), "is not iterable") {
				return Errorf(TypeErrorType, "cannot unpack non-iterable %s object", typeName(v))
			}
			return err
		}
	}
	if star < 0 {
		if len(items) != len(dst) {
			if len(items) > len(dst) {
				return Errorf(ValueErrorType, "too many values to unpack (expected %d)", len(dst))
			}
			return Errorf(ValueErrorType, "not enough values to unpack (expected %d, got %d)", len(dst), len(items))
		}
		copy(dst, items)
		return nil
	}
	if len(items) < star+after {
		return Errorf(ValueErrorType, "not enough values to unpack (expected at least %d, got %d)", star+after, len(items))
	}
	copy(dst, items[:star])
	mid := append([]Value(nil), items[star:len(items)-after]...)
	dst[star] = NewList(mid)
	copy(dst[star+1:], items[len(items)-after:])
	return nil
}

// explodeArgs turns f(*args, **kwargs) into positional and keyword lists.
func (t *Thread) explodeArgs(args, kwargs Value, hasKw bool) ([]Value, *Kwargs, error) {
	pos, err := t.toSlice(args)
	if err != nil {
		return nil, nil, err
	}
	if !hasKw {
		return pos, nil, nil
	}
	kw := &Kwargs{}
	kwargs.dict().Items(func(k, v Value) bool {
		if k.kind != KStr {
			err = Errorf(TypeErrorType, "keywords must be strings")
			return false
		}
		kw.Names = append(kw.Names, k.S())
		kw.Values = append(kw.Values, v)
		return true
	})
	return pos, kw, err
}

// seqBinary handles + and * on sequences; ok is false when they do not
// apply.
func (t *Thread) seqBinary(op compiler.Op, x, y Value) (Value, bool, error) {
	switch op {
	case compiler.OpBitOr, compiler.OpBitAnd, compiler.OpSub, compiler.OpBitXor:
		if op == compiler.OpBitOr && x.kind == KDict && y.kind == KDict {
			d := x.dict().Copy()
			return ptrValue(KDict, unsafePointer(d)), true, t.dictInit(d, y)
		}
		return t.setBinary(op, x, y)
	case compiler.OpAdd:
		switch {
		case x.kind == KStr && y.kind == KStr:
			return concatStr(x.str(), y.str()), true, nil
		case x.kind == KList && y.kind == KList:
			a, b := x.list().Items, y.list().Items
			out := make([]Value, 0, len(a)+len(b))
			return NewList(append(append(out, a...), b...)), true, nil
		case x.kind == KTuple && y.kind == KTuple:
			a, b := x.tuple().Items, y.tuple().Items
			out := make([]Value, 0, len(a)+len(b))
			return NewTuple(append(append(out, a...), b...)), true, nil
		case x.kind == KBytes && y.kind == KBytes:
			out := append(append([]byte(nil), x.bytes().B...), y.bytes().B...)
			return NewBytes(out), true, nil
		case x.kind == KBytes && y.kind != KInst:
			return Value{}, true, Errorf(TypeErrorType, "can't concat %s to bytes", typeName(y))
		case x.kind == KStr && y.kind != KInst:
			return Value{}, true, Errorf(TypeErrorType, "can only concatenate str (not \"%s\") to str", typeName(y))
		case x.kind == KList && y.kind != KInst:
			return Value{}, true, Errorf(TypeErrorType, "can only concatenate list (not \"%s\") to list", typeName(y))
		case x.kind == KTuple && y.kind != KInst:
			return Value{}, true, Errorf(TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", typeName(y))
		}
	case compiler.OpMul:
		seq, n := x, y
		if isIntLike(x) {
			seq, n = y, x
		}
		switch seq.kind {
		case KStr, KList, KTuple, KBytes:
		default:
			return Value{}, false, nil
		}
		if !isIntLike(n) {
			if n.kind == KInst {
				return Value{}, false, nil
			}
			return Value{}, true, Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", typeName(n))
		}
		if n.kind == KBig {
			return Value{}, true, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
		}
		k := n.I()
		if k < 0 {
			k = 0
		}
		if size := int64(seqLen(seq)); size > 0 && k > maxItems/size {
			return Value{}, true, NewException(MemoryErrorType)
		}
		switch seq.kind {
		case KStr:
			return NewStr(strings.Repeat(seq.S(), int(k))), true, nil
		case KBytes:
			return NewBytes([]byte(strings.Repeat(string(seq.bytes().B), int(k)))), true, nil
		}
		items := seqItems(seq)
		out := make([]Value, 0, len(items)*int(k))
		for i := int64(0); i < k; i++ {
			out = append(out, items...)
		}
		if seq.kind == KList {
			return NewList(out), true, nil
		}
		return NewTuple(out), true, nil
	case compiler.OpMod:
		if x.kind == KStr {
			v, err := t.percentStr(x.S(), y)
			return v, true, err
		}
		if x.kind == KBytes {
			s, err := t.percentFormat(latin1(x.bytes().B), y, true)
			return NewBytes(unLatin1(s)), true, err
		}
	}
	return Value{}, false, nil
}

// contains is "x in c".
func (t *Thread) contains(c, x Value) (bool, error) {
	switch c.kind {
	case KStr:
		if s := asStr(x); s.kind == KStr {
			return strings.Contains(c.S(), s.S()), nil
		}
		return false, Errorf(TypeErrorType, "'in <string>' requires string as left operand, not %s", typeName(x))
	case KList, KTuple:
		for _, y := range seqItems(c) {
			if eq, err := t.equalItems(y, x); err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	case KDict:
		_, ok, err := c.dict().Get(t, x)
		return ok, err
	case KSet, KFrozenSet:
		_, ok, err := c.set().d.Get(t, x)
		return ok, err
	case KRange:
		if x.kind != KInt {
			break
		}
		r, i := c.rng(), x.I()
		if r.Step > 0 {
			return i >= r.Start && i < r.Stop && (i-r.Start)%r.Step == 0, nil
		}
		return i <= r.Start && i > r.Stop && (r.Start-i)%(-r.Step) == 0, nil
	case KBytes:
		if isIntLike(x) {
			return strings.IndexByte(string(c.bytes().B), byte(x.I())) >= 0, nil
		}
		if x.kind == KBytes {
			return strings.Contains(string(c.bytes().B), string(x.bytes().B)), nil
		}
	case KInst:
		if m, ok := c.inst().Class.Lookup("__contains__"); ok {
			r, err := t.call(m, []Value{c, x}, nil)
			if err != nil {
				return false, err
			}
			return t.truth(r)
		}
		if p, ok := payloadOf(c); ok {
			return t.contains(p, unwrapStrPayload(p, x))
		}
	case KClass:
		if r, ok, err := t.callMetaMethod(c, "__contains__", x); ok {
			if err != nil {
				return false, err
			}
			return t.truth(r)
		}
	}
	found := false
	err := t.iterate(c, func(y Value) error {
		eq, err := t.equal(y, x)
		if eq {
			found = true
			return errStopIteration
		}
		return err
	})
	if err == errStopIteration {
		err = nil
	}
	return found, err
}

// errStopIteration stops iterate early.
var errStopIteration = Errorf(StopIterationType, "")

// compareBuiltin handles comparisons of built-in types other than
// numbers, strings, lists and tuples.
func (t *Thread) compareBuiltin(op compiler.Op, a, b Value) (Value, bool, error) {
	switch {
	case a.kind == KBytes && b.kind == KBytes:
		return Bool(cmpResult(op, strings.Compare(string(a.bytes().B), string(b.bytes().B)))), true, nil
	case a.kind == KDict && b.kind == KDict && (op == compiler.OpEq || op == compiler.OpNe):
		eq, err := t.dictEqual(a.dict(), b.dict())
		return Bool(eq == (op == compiler.OpEq)), true, err
	case (a.kind == KSet || a.kind == KFrozenSet) && (b.kind == KSet || b.kind == KFrozenSet):
		r, err := t.setCompare(op, a.set(), b.set())
		return Bool(r), true, err
	case a.kind == KSlice && b.kind == KSlice:
		x, y := a.slice(), b.slice()
		return t.compareSeqValue(op, []Value{x.Start, x.Stop, x.Step}, []Value{y.Start, y.Stop, y.Step})
	case a.kind == KRange && b.kind == KRange && (op == compiler.OpEq || op == compiler.OpNe):
		x, y := a.rng(), b.rng()
		eq := x.Len() == y.Len() && (x.Len() == 0 || x.Start == y.Start && (x.Len() == 1 || x.Step == y.Step))
		return Bool(eq == (op == compiler.OpEq)), true, nil
	}
	return Value{}, false, nil
}

func (t *Thread) dictEqual(a, b *Dict) (bool, error) {
	if a.Len() != b.Len() {
		return false, nil
	}
	eq := true
	var err error
	a.Items(func(k, v Value) bool {
		if err = t.step(); err != nil {
			eq = false
			return false
		}
		w, ok, e := b.Get(t, k)
		if e != nil || !ok {
			eq, err = false, e
			return false
		}
		if eq, err = t.equal(v, w); err != nil || !eq {
			return false
		}
		return true
	})
	return eq, err
}

// setCompare implements subset/superset comparisons.
func (t *Thread) setCompare(op compiler.Op, a, b *Set) (bool, error) {
	sub := func(x, y *Set) (bool, error) {
		if x.d.Len() > y.d.Len() {
			return false, nil
		}
		ok := true
		var err error
		x.d.Items(func(k, _ Value) bool {
			_, in, e := y.d.Get(t, k)
			if e != nil || !in {
				ok, err = false, e
				return false
			}
			return true
		})
		return ok, err
	}
	switch op {
	case compiler.OpEq, compiler.OpNe:
		s, err := sub(a, b)
		eq := s && a.d.Len() == b.d.Len()
		return eq == (op == compiler.OpEq), err
	case compiler.OpLe:
		return sub(a, b)
	case compiler.OpLt:
		s, err := sub(a, b)
		return s && a.d.Len() < b.d.Len(), err
	case compiler.OpGe:
		return sub(b, a)
	}
	s, err := sub(b, a)
	return s && b.d.Len() < a.d.Len(), err
}

// compareSeqValue compares two sequences of items, in compareBuiltin's
// result form.
func (t *Thread) compareSeqValue(op compiler.Op, a, b []Value) (Value, bool, error) {
	r, err := t.compareSeq(op, a, b)
	return r, true, err
}

// maxItems bounds the size of sequences built in one operation, so that
// a mistaken repetition raises MemoryError instead of exhausting memory.
const maxItems = 1 << 28

// seqLen is the length of a str (in bytes), bytes, list or tuple.
func seqLen(v Value) int {
	switch v.kind {
	case KStr:
		return len(v.S())
	case KBytes:
		return len(v.bytes().B)
	case KList, KTuple:
		return len(seqItems(v))
	}
	return 0
}
