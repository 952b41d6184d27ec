package vm

import (
	"unicode/utf8"
)

// Iterator iterates a built-in container or wraps an object's __next__.
type Iterator struct {
	kind    iterKind
	items   uint8   // dict iterators: 0 keys, 1 values, 2 items
	private bool    // a range iterator only its for loop can see
	seq     []Value // list/tuple snapshot source
	list    *List
	s       string
	i       int64
	stop    int64
	step    int64
	dict    *Dict
	fn      func(t *Thread) (Value, bool, error)
	pair    pairFunc // iterators of pairs: fn without the tuple
	name    string
}

type iterKind uint8

const (
	iterList iterKind = iota
	iterTuple
	iterStr
	iterRange
	iterDict
	iterFunc
)

var iterClassNames = map[iterKind]string{
	iterList: "list_iterator", iterTuple: "tuple_iterator", iterStr: "str_ascii_iterator",
	iterRange: "range_iterator", iterDict: "dict_keyiterator", iterFunc: "iterator",
}

func (it *Iterator) class() *Class {
	name := iterClassNames[it.kind]
	if it.name != "" {
		name = it.name
	}
	if c, ok := iterClasses[name]; ok {
		return c
	}
	c := newClass(name, ObjectType, KIter)
	iterClasses[name] = c
	return c
}

var iterClasses = map[string]*Class{}

func iterValue(it *Iterator) Value { return ptrValue(KIter, unsafePointer(it)) }

// next advances a built-in iterator.
func (it *Iterator) next(t *Thread) (Value, bool, error) {
	switch it.kind {
	case iterList:
		if it.i < int64(len(it.list.Items)) {
			v := it.list.Items[it.i]
			it.i++
			return v, true, nil
		}
	case iterTuple:
		if it.i < int64(len(it.seq)) {
			v := it.seq[it.i]
			it.i++
			return v, true, nil
		}
	case iterRange:
		if (it.step > 0 && it.i < it.stop) || (it.step < 0 && it.i > it.stop) {
			v := it.i
			it.i += it.step
			return Int(v), true, nil
		}
	case iterStr:
		if it.i < int64(len(it.s)) {
			_, size := utf8.DecodeRuneInString(it.s[it.i:])
			v := it.s[it.i : it.i+int64(size)]
			it.i += int64(size)
			return charStr(v), true, nil
		}
	case iterDict:
		e, err := it.nextEntry()
		if e == nil || err != nil {
			return Value{}, false, err
		}
		switch it.items {
		case 1:
			return e.val, true, nil
		case 2:
			return newTupleFrom([]Value{e.key, e.val}), true, nil
		}
		return e.key, true, nil
	case iterFunc:
		return it.fn(t)
	}
	return Value{}, false, nil
}

// nextEntry advances a dict iterator to its next live entry, or nil at
// the end; a dict that changed size is an error, as in CPython.
func (it *Iterator) nextEntry() (*dictEntry, error) {
	if int64(it.dict.Len()) != it.stop {
		it.stop = -1
		return nil, Errorf(RuntimeErrorType, "dictionary changed size during iteration")
	}
	for {
		e, ok := it.dict.entryAt(int(it.i))
		if !ok {
			return nil, nil
		}
		it.i++
		if !e.deleted {
			return e, nil
		}
	}
}

// getIter is Python's iter(v).
func (t *Thread) getIter(v Value) (Value, error) {
	switch v.kind {
	case KList:
		return iterValue(&Iterator{kind: iterList, list: v.list()}), nil
	case KTuple:
		return iterValue(&Iterator{kind: iterTuple, seq: v.tuple().Items}), nil
	case KStr:
		return iterValue(&Iterator{kind: iterStr, s: v.S()}), nil
	case KRange:
		r := v.rng()
		return iterValue(&Iterator{kind: iterRange, i: r.Start, stop: r.Stop, step: r.Step}), nil
	case KDict:
		return iterValue(&Iterator{kind: iterDict, dict: v.dict(), stop: int64(v.dict().Len())}), nil
	case KSet, KFrozenSet:
		return setIter(v), nil
	case KBytes:
		b := v.bytes().B
		items := make([]Value, len(b))
		for i, c := range b {
			items[i] = Int(int64(c))
		}
		return iterValue(&Iterator{kind: iterTuple, seq: items, name: "bytes_iterator"}), nil
	case KIter:
		return v, nil
	case KGen:
		if k := v.gen().kind; k == genCoroutine || k == genAsyncGen {
			break
		}
		return v, nil
	case KClass:
		if r, ok, err := t.callMetaMethod(v, "__iter__"); ok {
			if err == nil && !t.isIterator(r) {
				err = Errorf(TypeErrorType, "iter() returned non-iterator of type '%s'", typeName(r))
			}
			return r, err
		}
	case KInst:
		cls := v.inst().Class
		if m, ok := cls.Lookup("__iter__"); ok {
			r, err := t.call(m, []Value{v}, nil)
			if err != nil {
				return Value{}, err
			}
			if !t.isIterator(r) {
				return Value{}, Errorf(TypeErrorType, "iter() returned non-iterator of type '%s'", typeName(r))
			}
			return r, nil
		}
		if p, ok := payloadOf(v); ok {
			return t.getIter(p)
		}
		if m, ok := cls.Lookup("__getitem__"); ok {
			i := int64(0)
			return iterValue(&Iterator{kind: iterFunc, fn: func(t *Thread) (Value, bool, error) {
				r, err := t.call(m, []Value{v, Int(i)}, nil)
				if err != nil {
					if e, ok := err.(*Exception); ok && (e.Value.inst().Class.IsSubclass(IndexErrorType) || e.Value.inst().Class.IsSubclass(StopIterationType)) {
						return Value{}, false, nil
					}
					return Value{}, false, err
				}
				i++
				return r, true, nil
			}}), nil
		}
	}
	return Value{}, Errorf(TypeErrorType, "'%s' object is not iterable", typeName(v))
}

func (t *Thread) isIterator(v Value) bool {
	switch v.kind {
	case KIter, KGen:
		return true
	case KInst:
		_, ok := v.inst().Class.Lookup("__next__")
		return ok
	}
	return false
}

// next is Python's next(it) without a default: ok is false when the
// iterator is exhausted.
func (t *Thread) next(it Value) (Value, bool, error) {
	switch it.kind {
	case KIter:
		return it.iter().next(t)
	case KGen:
		return t.genNext(it)
	case KInst:
		if m, ok := it.inst().Class.Lookup("__next__"); ok {
			r, err := t.call(m, []Value{it}, nil)
			if err != nil {
				if e, ok := err.(*Exception); ok && e.Value.inst().Class.IsSubclass(StopIterationType) {
					return Value{}, false, nil
				}
				return Value{}, false, err
			}
			return r, true, nil
		}
	}
	return Value{}, false, Errorf(TypeErrorType, "'%s' object is not an iterator", typeName(it))
}

// iterate calls f for each item of an iterable.
func (t *Thread) iterate(v Value, f func(Value) error) error {
	switch v.kind {
	case KList:
		for i := 0; i < len(v.list().Items); i++ {
			if err := f(v.list().Items[i]); err != nil {
				return err
			}
		}
		return nil
	case KTuple:
		for _, x := range v.tuple().Items {
			if err := f(x); err != nil {
				return err
			}
		}
		return nil
	}
	it, err := t.getIter(v)
	if err != nil {
		return err
	}
	for {
		if t.Budget > 0 || t.poll {
			if err := t.tick(); err != nil {
				return err
			}
		}
		x, ok, err := t.next(it)
		if err != nil || !ok {
			return err
		}
		if err := f(x); err != nil {
			return err
		}
	}
}

// toSlice collects an iterable's items.
func (t *Thread) toSlice(v Value) ([]Value, error) {
	switch v.kind {
	case KList:
		return append([]Value(nil), v.list().Items...), nil
	case KTuple:
		return append([]Value(nil), v.tuple().Items...), nil
	}
	if v.kind == KRange && v.rng().Len() > maxItems {
		return nil, NewException(MemoryErrorType)
	}
	var out []Value
	err := t.iterate(v, func(x Value) error {
		if len(out) >= maxItems {
			return NewException(MemoryErrorType)
		}
		out = append(out, x)
		return nil
	})
	return out, err
}
