package vm

// pairFunc yields the next two values of an iterator whose items are pairs.
type pairFunc func(t *Thread) (x, y Value, ok bool, err error)

// pairIter makes an iterator of pairs. Its items are tuples, but a for loop
// that unpacks them into two targets takes the two values without one.
func pairIter(name string, pair pairFunc) Value {
	it := &Iterator{kind: iterFunc, name: name, pair: pair}
	it.fn = func(t *Thread) (Value, bool, error) {
		x, y, ok, err := pair(t)
		if !ok || err != nil {
			return Value{}, false, err
		}
		return newTupleFrom([]Value{x, y}), true, nil
	}
	return iterValue(it)
}

// nextPair advances an iterator of pairs without building the pair; has
// is false when the iterator's items are not known to be pairs.
func (it *Iterator) nextPair(t *Thread) (x, y Value, ok, has bool, err error) {
	if it.pair != nil {
		x, y, ok, err = it.pair(t)
		return x, y, ok, true, err
	}
	if it.kind != iterDict || it.items != 2 {
		return
	}
	e, err := it.nextEntry()
	if e == nil {
		return x, y, false, true, err
	}
	return e.key, e.val, true, true, nil
}
