package vm

import "math/big"

// A range whose bounds do not fit in int64, such as range(10 ** 20), is an
// instance of bigRangeClass: it keeps its bounds as ints and answers to
// indexing, membership, iteration and repr through special methods.
var bigRangeClass = newBigRangeClass()

// bigRangeParts returns the start, stop and step of a big range.
func bigRangeParts(v Value) (start, stop, step *big.Int) {
	d := v.inst().NS()
	return toBig(d.mustGet("start")), toBig(d.mustGet("stop")), toBig(d.mustGet("step"))
}

// newBigRange makes range(start, stop, step) with big bounds.
func newBigRange(start, stop, step Value) Value {
	inst := newInstance(bigRangeClass)
	inst.NS().SetStr("start", start)
	inst.NS().SetStr("stop", stop)
	inst.NS().SetStr("step", step)
	return InstValue(inst)
}

// bigRangeLen is the number of items of a big range.
func bigRangeLen(start, stop, step *big.Int) *big.Int {
	n := new(big.Int).Sub(stop, start)
	if step.Sign() < 0 {
		n.Neg(n)
	}
	if n.Sign() <= 0 {
		return new(big.Int)
	}
	absStep := new(big.Int).Abs(step)
	n.Add(n, absStep).Sub(n, big.NewInt(1))
	return n.Quo(n, absStep)
}

func newBigRangeClass() *Class {
	c := newClass("range", ObjectType, KInst)
	set := func(name string, fn BuiltinFunc) { c.Dict.SetStr(name, NewBuiltin(name, fn)) }
	set("__len__", func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		n := bigRangeLen(bigRangeParts(a[0]))
		if !n.IsInt64() {
			return Value{}, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		return Int(n.Int64()), nil
	})
	set("__getitem__", func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		start, stop, step := bigRangeParts(a[0])
		if !isIntLike(a[1]) {
			return Value{}, Errorf(TypeErrorType, "range indices must be integers or slices, not %s", typeName(a[1]))
		}
		n := bigRangeLen(start, stop, step)
		i := new(big.Int).Set(toBig(a[1]))
		if i.Sign() < 0 {
			i.Add(i, n)
		}
		if i.Sign() < 0 || i.Cmp(n) >= 0 {
			return Value{}, Errorf(IndexErrorType, "range object index out of range")
		}
		return BigIntValue(i.Mul(i, step).Add(i, start)), nil
	})
	set("__contains__", func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		start, stop, step := bigRangeParts(a[0])
		if !isIntLike(a[1]) {
			return False, nil
		}
		x := toBig(a[1])
		lo, hi := start, stop
		if step.Sign() < 0 {
			if x.Cmp(start) > 0 || x.Cmp(stop) <= 0 {
				return False, nil
			}
		} else if x.Cmp(lo) < 0 || x.Cmp(hi) >= 0 {
			return False, nil
		}
		r := new(big.Int).Sub(x, start)
		return Bool(r.Rem(r, step).Sign() == 0), nil
	})
	set("__iter__", func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		start, stop, step := bigRangeParts(a[0])
		cur := new(big.Int).Set(start)
		return funcIter("longrange_iterator", func(t *Thread) (Value, bool, error) {
			if step.Sign() > 0 && cur.Cmp(stop) >= 0 || step.Sign() < 0 && cur.Cmp(stop) <= 0 {
				return Value{}, false, nil
			}
			v := BigIntValue(new(big.Int).Set(cur))
			cur.Add(cur, step)
			return v, true, nil
		}), nil
	})
	set("__repr__", func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		start, stop, step := bigRangeParts(a[0])
		s := "range(" + start.String() + ", " + stop.String()
		if step.Cmp(big.NewInt(1)) != 0 {
			s += ", " + step.String()
		}
		return NewStr(s + ")"), nil
	})
	return c
}
