package vm

// rangeMethods are the methods of range.
var rangeMethods = map[string]methodFunc{
	"index": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		if i, ok := rangePos(a[0].rng(), a[1]); ok {
			return Int(i), nil
		}
		s, err := t.repr(a[1])
		if err != nil {
			return Value{}, err
		}
		return Value{}, Errorf(ValueErrorType, "%s is not in range", s)
	},
	"count": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		if _, ok := rangePos(a[0].rng(), a[1]); ok {
			return Int(1), nil
		}
		return Int(0), nil
	},
}

// rangePos is the position of x in r, if x is an int r holds.
func rangePos(r *Range, x Value) (int64, bool) {
	if x.kind != KInt && x.kind != KBool {
		return 0, false
	}
	i := x.I()
	if r.Step > 0 && (i < r.Start || i >= r.Stop) || r.Step < 0 && (i > r.Start || i <= r.Stop) {
		return 0, false
	}
	if (i-r.Start)%r.Step != 0 {
		return 0, false
	}
	return (i - r.Start) / r.Step, true
}

// sliceMethods are the methods of slice.
var sliceMethods = map[string]methodFunc{
	"indices": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		if len(a) != 2 {
			return Value{}, Errorf(TypeErrorType, "slice.indices() takes exactly one argument (%d given)", len(a)-1)
		}
		n, err := t.index(a[1], "slice")
		if err != nil {
			return Value{}, err
		}
		if n < 0 {
			return Value{}, Errorf(ValueErrorType, "length should not be negative")
		}
		start, stop, step, err := t.sliceIndices(a[0].slice(), n)
		if err != nil {
			return Value{}, err
		}
		return NewTuple([]Value{Int(start), Int(stop), Int(step)}), nil
	},
}
