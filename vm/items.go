package vm

import (
	"unicode/utf8"
)

// index converts an index value to int, following __index__.
func (t *Thread) index(v Value, what string) (int64, error) {
	switch v.kind {
	case KInt, KBool:
		return v.I(), nil
	case KBig:
		return 0, Errorf(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	case KInst:
		if m, ok := v.inst().Class.Lookup("__index__"); ok {
			r, err := t.call(m, []Value{v}, nil)
			if err != nil {
				return 0, err
			}
			return t.index(r, what)
		}
		if p, ok := payloadOf(v); ok {
			return t.index(p, what)
		}
	}
	return 0, Errorf(TypeErrorType, "%s indices must be integers or slices, not %s", what, typeName(v))
}

// sliceIndices resolves a slice against a sequence length, as
// PySlice_GetIndicesEx does.
func (t *Thread) sliceIndices(s *SliceObj, n int64) (start, stop, step int64, err error) {
	step = 1
	if s.Step.kind != KNone {
		if step, err = t.sliceIndex(s.Step); err != nil {
			return
		}
		if step == 0 {
			return 0, 0, 0, Errorf(ValueErrorType, "slice step cannot be zero")
		}
	}
	lower, upper := int64(0), n
	if step < 0 {
		lower, upper = -1, n-1
	}
	get := func(v Value, def int64) (int64, error) {
		if v.kind == KNone {
			return def, nil
		}
		i, err := t.sliceIndex(v)
		if err != nil {
			return 0, err
		}
		if i < 0 {
			i += n
			if i < lower {
				i = lower
			}
		} else if i > upper {
			i = upper
		}
		return i, nil
	}
	if step < 0 {
		start, err = get(s.Start, upper)
		if err == nil {
			stop, err = get(s.Stop, lower)
		}
	} else {
		start, err = get(s.Start, lower)
		if err == nil {
			stop, err = get(s.Stop, upper)
		}
	}
	return
}

func (t *Thread) sliceIndex(v Value) (int64, error) {
	if v.kind == KBig {
		if v.big().Sign() < 0 {
			return -1 << 62, nil
		}
		return 1 << 62, nil
	}
	if v.kind == KInt || v.kind == KBool || v.kind == KInst {
		return t.index(v, "slice")
	}
	return 0, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
}

// sliceLen is the number of items a resolved slice selects.
func sliceLen(start, stop, step int64) int64 {
	if step > 0 && start < stop {
		return (stop - start + step - 1) / step
	}
	if step < 0 && stop < start {
		return (start - stop - step - 1) / -step
	}
	return 0
}

func sliceValues(items []Value, start, stop, step int64) []Value {
	n := sliceLen(start, stop, step)
	out := make([]Value, n)
	for i, j := int64(0), start; i < n; i, j = i+1, j+step {
		out[i] = items[j]
	}
	return out
}

// getItem is v[k].
func (t *Thread) getItem(v, k Value) (Value, error) {
	switch v.kind {
	case KList, KTuple:
		items := seqItems(v)
		what := "list"
		if v.kind == KTuple {
			what = "tuple"
		}
		if k.kind == KSlice {
			start, stop, step, err := t.sliceIndices(k.slice(), int64(len(items)))
			if err != nil {
				return Value{}, err
			}
			if v.kind == KList {
				return NewList(sliceValues(items, start, stop, step)), nil
			}
			return NewTuple(sliceValues(items, start, stop, step)), nil
		}
		i, err := t.index(k, what)
		if err != nil {
			return Value{}, err
		}
		if i < 0 {
			i += int64(len(items))
		}
		if i < 0 || i >= int64(len(items)) {
			return Value{}, Errorf(IndexErrorType, "%s index out of range", what)
		}
		return items[i], nil
	case KStr:
		return t.strItem(v.str(), k)
	case KDict:
		r, ok, err := v.dict().Get(t, k)
		if err != nil {
			return Value{}, err
		}
		if !ok {
			return Value{}, NewException(KeyErrorType, k)
		}
		return r, nil
	case KRange:
		r := v.rng()
		if k.kind == KSlice {
			start, stop, step, err := t.sliceIndices(k.slice(), r.Len())
			if err != nil {
				return Value{}, err
			}
			return ptrValue(KRange, unsafePointer(&Range{Start: r.Start + start*r.Step, Stop: r.Start + stop*r.Step, Step: r.Step * step})), nil
		}
		i, err := t.index(k, "range")
		if err != nil {
			return Value{}, err
		}
		n := r.Len()
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return Value{}, Errorf(IndexErrorType, "range object index out of range")
		}
		return Int(r.Start + i*r.Step), nil
	case KBytes:
		b := v.bytes().B
		if k.kind == KSlice {
			start, stop, step, err := t.sliceIndices(k.slice(), int64(len(b)))
			if err != nil {
				return Value{}, err
			}
			n := sliceLen(start, stop, step)
			out := make([]byte, n)
			for i, j := int64(0), start; i < n; i, j = i+1, j+step {
				out[i] = b[j]
			}
			return NewBytes(out), nil
		}
		i, err := t.index(k, "byte")
		if err != nil {
			return Value{}, err
		}
		if i < 0 {
			i += int64(len(b))
		}
		if i < 0 || i >= int64(len(b)) {
			return Value{}, Errorf(IndexErrorType, "index out of range")
		}
		return Int(int64(b[i])), nil
	case KInst:
		if m, ok := v.inst().Class.Lookup("__getitem__"); ok {
			return t.call(m, []Value{v, k}, nil)
		}
		if p, ok := payloadOf(v); ok {
			return t.payloadItem(v, p, k)
		}
	case KClass:
		if r, ok, err := t.callMetaMethod(v, "__getitem__", k); ok {
			return r, err
		}
		if m, ok := v.class().Lookup("__class_getitem__"); ok {
			if m.kind == KInst && m.inst().Class == ClassMethodType {
				m = m.inst().NS().mustGet("__func__")
			}
			return t.call(m, []Value{v, k}, nil)
		}
		return v, nil // list[int] and friends in annotations
	}
	return Value{}, Errorf(TypeErrorType, "'%s' object is not subscriptable", typeName(v))
}

// strItem indexes or slices a str by code point.
func (t *Thread) strItem(s *Str, k Value) (Value, error) {
	n := int64(s.Len())
	ascii := n == int64(len(s.S))
	if k.kind == KSlice {
		start, stop, step, err := t.sliceIndices(k.slice(), n)
		if err != nil {
			return Value{}, err
		}
		if ascii && step == 1 {
			if start >= stop {
				return emptyStr, nil
			}
			return charStr(s.S[start:stop]), nil
		}
		runes := []rune(s.S)
		cnt := sliceLen(start, stop, step)
		out := make([]rune, cnt)
		for i, j := int64(0), start; i < cnt; i, j = i+1, j+step {
			out[i] = runes[j]
		}
		return NewStr(string(out)), nil
	}
	i, err := t.index(k, "string")
	if err != nil {
		return Value{}, err
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return Value{}, Errorf(IndexErrorType, "string index out of range")
	}
	if ascii {
		return charStr(s.S[i : i+1]), nil
	}
	pos := 0
	for c := int64(0); c < i; c++ {
		_, size := utf8.DecodeRuneInString(s.S[pos:])
		pos += size
	}
	_, size := utf8.DecodeRuneInString(s.S[pos:])
	return charStr(s.S[pos : pos+size]), nil
}

// setItem is v[k] = x.
func (t *Thread) setItem(v, k, x Value) error {
	switch v.kind {
	case KList:
		l := v.list()
		if k.kind == KSlice {
			return t.setListSlice(l, k.slice(), x)
		}
		i, err := t.index(k, "list")
		if err != nil {
			return err
		}
		if i < 0 {
			i += int64(len(l.Items))
		}
		if i < 0 || i >= int64(len(l.Items)) {
			return Errorf(IndexErrorType, "list assignment index out of range")
		}
		l.Items[i] = x
		return nil
	case KDict:
		return v.dict().Set(t, k, x)
	case KInst:
		if m, ok := v.inst().Class.Lookup("__setitem__"); ok {
			_, err := t.call(m, []Value{v, k, x}, nil)
			return err
		}
		if p, ok := payloadOf(v); ok {
			return t.setItem(p, k, x)
		}
	}
	return Errorf(TypeErrorType, "'%s' object does not support item assignment", typeName(v))
}

func (t *Thread) setListSlice(l *List, s *SliceObj, x Value) error {
	items, err := t.toSlice(x)
	if err != nil {
		return Errorf(TypeErrorType, "can only assign an iterable")
	}
	start, stop, step, err := t.sliceIndices(s, int64(len(l.Items)))
	if err != nil {
		return err
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		out := make([]Value, 0, int64(len(l.Items))-(stop-start)+int64(len(items)))
		out = append(out, l.Items[:start]...)
		out = append(out, items...)
		out = append(out, l.Items[stop:]...)
		l.Items = out
		return nil
	}
	n := sliceLen(start, stop, step)
	if int64(len(items)) != n {
		return Errorf(ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(items), n)
	}
	for i, j := int64(0), start; i < n; i, j = i+1, j+step {
		l.Items[j] = items[i]
	}
	return nil
}

// delItem is del v[k].
func (t *Thread) delItem(v, k Value) error {
	switch v.kind {
	case KList:
		l := v.list()
		if k.kind == KSlice {
			start, stop, step, err := t.sliceIndices(k.slice(), int64(len(l.Items)))
			if err != nil {
				return err
			}
			n := sliceLen(start, stop, step)
			drop := map[int64]bool{}
			for i, j := int64(0), start; i < n; i, j = i+1, j+step {
				drop[j] = true
			}
			out := l.Items[:0]
			for i, x := range l.Items {
				if !drop[int64(i)] {
					out = append(out, x)
				}
			}
			l.Items = out
			return nil
		}
		i, err := t.index(k, "list")
		if err != nil {
			return err
		}
		if i < 0 {
			i += int64(len(l.Items))
		}
		if i < 0 || i >= int64(len(l.Items)) {
			return Errorf(IndexErrorType, "list assignment index out of range")
		}
		l.Items = append(l.Items[:i], l.Items[i+1:]...)
		return nil
	case KDict:
		ok, err := v.dict().Delete(t, k)
		if err != nil {
			return err
		}
		if !ok {
			return NewException(KeyErrorType, k)
		}
		return nil
	case KInst:
		if m, ok := v.inst().Class.Lookup("__delitem__"); ok {
			_, err := t.call(m, []Value{v, k}, nil)
			return err
		}
		if p, ok := payloadOf(v); ok {
			return t.delItem(p, k)
		}
	}
	return Errorf(TypeErrorType, "'%s' object doesn't support item deletion", typeName(v))
}
