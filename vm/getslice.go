package vm

// getSlice is v[lo:hi:step] with the three parts (None where omitted) in
// parts. Lists and tuples are sliced without making a slice object.
func (t *Thread) getSlice(v Value, parts []Value) (Value, error) {
	if (v.kind == KList || v.kind == KTuple) && simpleSlicePart(parts[0]) &&
		simpleSlicePart(parts[1]) && simpleSlicePart(parts[2]) {
		items := seqItems(v)
		s := SliceObj{Start: parts[0], Stop: parts[1], Step: parts[2]}
		start, stop, step, err := t.sliceIndices(&s, int64(len(items)))
		if err != nil {
			return Value{}, err
		}
		if v.kind == KList {
			return NewList(sliceValues(items, start, stop, step)), nil
		}
		return NewTuple(sliceValues(items, start, stop, step)), nil
	}
	k := ptrValue(KSlice, unsafePointer(&SliceObj{Start: parts[0], Stop: parts[1], Step: parts[2]}))
	return t.getItem(v, k)
}

// simpleSlicePart reports whether a slice bound is None or a small int.
func simpleSlicePart(v Value) bool { return v.kind == KNone || v.kind == KInt }
