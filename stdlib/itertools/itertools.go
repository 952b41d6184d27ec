// Package itertools is asl's itertools module: lazy iterators built on
// the VM's iterator protocol.
package itertools

import (
	"github.com/asl-lang/asl/vm"
)

func init() { vm.RegisterModule("itertools", build) }

type fn = func(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error)

// next is the type of an iterator's step.
type next = func(t *vm.Thread) (vm.Value, bool, error)

func build(t *vm.Thread) vm.Value {
	d := vm.NewDict().Dict()
	for name, f := range map[string]fn{
		"count": count, "repeat": repeat, "cycle": cycle, "chain": chain, "islice": islice,
		"accumulate": accumulate, "takewhile": takewhile, "dropwhile": dropwhile,
		"starmap": starmap, "zip_longest": zipLongest, "product": product,
		"permutations": permutations, "combinations": combinations, "groupby": groupby,
		"compress": compress, "filterfalse": filterfalse, "pairwise": pairwise,
	} {
		d.SetStr(name, vm.NewBuiltin(name, f))
	}
	return vm.NewModule("itertools", d)
}

func nargs(name string, a []vm.Value, lo, hi int) error {
	if len(a) < lo || len(a) > hi {
		if lo == hi {
			return vm.Errorf(vm.TypeErrorType, "%s expected %d arguments, got %d", name, lo, len(a))
		}
		return vm.Errorf(vm.TypeErrorType, "%s expected at most %d arguments, got %d", name, hi, len(a))
	}
	return nil
}

func count(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if err := nargs("count", a, 0, 2); err != nil {
		return vm.Value{}, err
	}
	cur, step := vm.Int(0), vm.Int(1)
	if len(a) > 0 {
		cur = a[0]
	}
	if len(a) > 1 {
		step = a[1]
	}
	if v, ok := kw.Get("start"); ok {
		cur = v
	}
	if v, ok := kw.Get("step"); ok {
		step = v
	}
	return vm.NewIterator("count", func(t *vm.Thread) (vm.Value, bool, error) {
		v := cur
		var err error
		cur, err = t.Operator("+", cur, step)
		return v, err == nil, err
	}), nil
}

func repeat(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if err := nargs("repeat", a, 1, 2); err != nil {
		return vm.Value{}, err
	}
	left := int64(-1)
	times := vm.None
	if len(a) > 1 {
		times = a[1]
	}
	if v, ok := kw.Get("times"); ok {
		times = v
	}
	if !times.IsNone() {
		n, err := vm.IntArg(times)
		if err != nil {
			return vm.Value{}, err
		}
		left = max(n.Int64(), 0)
	}
	x := a[0]
	return vm.NewIterator("repeat", func(t *vm.Thread) (vm.Value, bool, error) {
		if left == 0 {
			return vm.Value{}, false, nil
		}
		if left > 0 {
			left--
		}
		return x, true, nil
	}), nil
}

func cycle(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if err := nargs("cycle", a, 1, 1); err != nil {
		return vm.Value{}, err
	}
	it, err := t.GetIter(a[0])
	if err != nil {
		return vm.Value{}, err
	}
	var saved []vm.Value
	i, done := 0, false
	return vm.NewIterator("cycle", func(t *vm.Thread) (vm.Value, bool, error) {
		if !done {
			v, ok, err := t.Next(it)
			if err != nil || ok {
				if ok {
					saved = append(saved, v)
				}
				return v, ok, err
			}
			done = true
		}
		if len(saved) == 0 {
			return vm.Value{}, false, nil
		}
		v := saved[i%len(saved)]
		i++
		return v, true, nil
	}), nil
}

func chain(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	sources := append([]vm.Value(nil), a...)
	var cur vm.Value
	has := false
	return vm.NewIterator("chain", func(t *vm.Thread) (vm.Value, bool, error) {
		for {
			if !has {
				if len(sources) == 0 {
					return vm.Value{}, false, nil
				}
				it, err := t.GetIter(sources[0])
				if err != nil {
					return vm.Value{}, false, err
				}
				cur, has, sources = it, true, sources[1:]
			}
			v, ok, err := t.Next(cur)
			if err != nil || ok {
				return v, ok, err
			}
			has = false
		}
	}), nil
}

// intOrNone reads an optional non-negative index of islice.
func intOrNone(v vm.Value, what string) (int64, error) {
	if v.IsNone() {
		return -1, nil
	}
	if !vm.IsInt(v) {
		return 0, vm.Errorf(vm.ValueErrorType, "%s argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.", what)
	}
	n, _ := vm.IntArg(v)
	if n.Sign() < 0 || !n.IsInt64() {
		return 0, vm.Errorf(vm.ValueErrorType, "%s argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.", what)
	}
	return n.Int64(), nil
}

func islice(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) < 2 || len(a) > 4 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "islice expected at most 4 arguments, got %d", len(a))
	}
	start, stop, step := int64(0), int64(-1), int64(1)
	var err error
	if len(a) == 2 {
		if stop, err = intOrNone(a[1], "Stop"); err != nil {
			return vm.Value{}, err
		}
	} else {
		if !a[1].IsNone() {
			if start, err = intOrNone(a[1], "Indices"); err != nil {
				return vm.Value{}, err
			}
		}
		if stop, err = intOrNone(a[2], "Stop"); err != nil {
			return vm.Value{}, err
		}
		if len(a) == 4 && !a[3].IsNone() {
			if step, err = intOrNone(a[3], "Step"); err != nil || step == 0 {
				return vm.Value{}, vm.Errorf(vm.ValueErrorType, "Step for islice() must be a positive integer or None.")
			}
		}
	}
	it, err := t.GetIter(a[0])
	if err != nil {
		return vm.Value{}, err
	}
	pos, want := int64(0), start
	return vm.NewIterator("islice", func(t *vm.Thread) (vm.Value, bool, error) {
		for {
			if stop >= 0 && want >= stop {
				return vm.Value{}, false, nil
			}
			v, ok, err := t.Next(it)
			if err != nil || !ok {
				return v, false, err
			}
			pos++
			if pos-1 == want {
				want += step
				return v, true, nil
			}
		}
	}), nil
}

func accumulate(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if err := nargs("accumulate", a, 1, 2); err != nil {
		return vm.Value{}, err
	}
	f := vm.None
	if len(a) > 1 {
		f = a[1]
	}
	if v, ok := kw.Get("func"); ok {
		f = v
	}
	it, err := t.GetIter(a[0])
	if err != nil {
		return vm.Value{}, err
	}
	var acc vm.Value
	started := false
	if v, ok := kw.Get("initial"); ok && !v.IsNone() {
		acc, started = v, true
		first := true
		return vm.NewIterator("accumulate", func(t *vm.Thread) (vm.Value, bool, error) {
			if first {
				first = false
				return acc, true, nil
			}
			return step(t, it, f, &acc)
		}), nil
	}
	return vm.NewIterator("accumulate", func(t *vm.Thread) (vm.Value, bool, error) {
		if !started {
			v, ok, err := t.Next(it)
			if err != nil || !ok {
				return v, false, err
			}
			acc, started = v, true
			return acc, true, nil
		}
		return step(t, it, f, &acc)
	}), nil
}

// step folds the next item of it into *acc with f (+ when None).
func step(t *vm.Thread, it, f vm.Value, acc *vm.Value) (vm.Value, bool, error) {
	v, ok, err := t.Next(it)
	if err != nil || !ok {
		return v, false, err
	}
	if f.IsNone() {
		*acc, err = t.Operator("+", *acc, v)
	} else {
		*acc, err = t.Call(f, []vm.Value{*acc, v}, nil)
	}
	return *acc, err == nil, err
}

// predicated builds takewhile, dropwhile and filterfalse.
func predicated(name string, t *vm.Thread, a []vm.Value, mode int) (vm.Value, error) {
	if err := nargs(name, a, 2, 2); err != nil {
		return vm.Value{}, err
	}
	pred := a[0]
	it, err := t.GetIter(a[1])
	if err != nil {
		return vm.Value{}, err
	}
	done := false
	return vm.NewIterator(name, func(t *vm.Thread) (vm.Value, bool, error) {
		for {
			if done && mode == 0 {
				return vm.Value{}, false, nil
			}
			v, ok, err := t.Next(it)
			if err != nil || !ok {
				return v, false, err
			}
			if done && mode == 1 {
				return v, true, nil
			}
			var r vm.Value
			if pred.IsNone() {
				r = v
			} else if r, err = t.Call(pred, []vm.Value{v}, nil); err != nil {
				return vm.Value{}, false, err
			}
			b, err := t.Truth(r)
			if err != nil {
				return vm.Value{}, false, err
			}
			switch mode {
			case 0: // takewhile
				if b {
					return v, true, nil
				}
				done = true
			case 1: // dropwhile
				if !b {
					done = true
					return v, true, nil
				}
			default: // filterfalse
				if !b {
					return v, true, nil
				}
			}
		}
	}), nil
}

func takewhile(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	return predicated("takewhile", t, a, 0)
}

func dropwhile(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	return predicated("dropwhile", t, a, 1)
}

func filterfalse(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	return predicated("filterfalse", t, a, 2)
}

func starmap(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if err := nargs("starmap", a, 2, 2); err != nil {
		return vm.Value{}, err
	}
	f := a[0]
	it, err := t.GetIter(a[1])
	if err != nil {
		return vm.Value{}, err
	}
	return vm.NewIterator("starmap", func(t *vm.Thread) (vm.Value, bool, error) {
		v, ok, err := t.Next(it)
		if err != nil || !ok {
			return v, false, err
		}
		args, err := t.Iterate(v)
		if err != nil {
			return vm.Value{}, false, err
		}
		r, err := t.Call(f, args, nil)
		return r, err == nil, err
	}), nil
}

func compress(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if err := nargs("compress", a, 2, 2); err != nil {
		return vm.Value{}, err
	}
	data, err := t.GetIter(a[0])
	if err != nil {
		return vm.Value{}, err
	}
	sel, err := t.GetIter(a[1])
	if err != nil {
		return vm.Value{}, err
	}
	return vm.NewIterator("compress", func(t *vm.Thread) (vm.Value, bool, error) {
		for {
			v, ok, err := t.Next(data)
			if err != nil || !ok {
				return v, false, err
			}
			s, ok, err := t.Next(sel)
			if err != nil || !ok {
				return s, false, err
			}
			if b, err := t.Truth(s); err != nil || b {
				return v, err == nil, err
			}
		}
	}), nil
}

func pairwise(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if err := nargs("pairwise", a, 1, 1); err != nil {
		return vm.Value{}, err
	}
	it, err := t.GetIter(a[0])
	if err != nil {
		return vm.Value{}, err
	}
	var prev vm.Value
	started := false
	return vm.NewIterator("pairwise", func(t *vm.Thread) (vm.Value, bool, error) {
		if !started {
			v, ok, err := t.Next(it)
			if err != nil || !ok {
				return v, false, err
			}
			prev, started = v, true
		}
		v, ok, err := t.Next(it)
		if err != nil || !ok {
			return v, false, err
		}
		p := prev
		prev = v
		return vm.NewTuple([]vm.Value{p, v}), true, nil
	}), nil
}

func zipLongest(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	fill := vm.None
	if v, ok := kw.Get("fillvalue"); ok {
		fill = v
	}
	its := make([]vm.Value, len(a))
	for i, x := range a {
		it, err := t.GetIter(x)
		if err != nil {
			return vm.Value{}, err
		}
		its[i] = it
	}
	live := make([]bool, len(its))
	for i := range live {
		live[i] = true
	}
	nlive := len(its)
	return vm.NewIterator("zip_longest", func(t *vm.Thread) (vm.Value, bool, error) {
		if nlive == 0 {
			return vm.Value{}, false, nil
		}
		out := make([]vm.Value, len(its))
		for i, it := range its {
			out[i] = fill
			if !live[i] {
				continue
			}
			v, ok, err := t.Next(it)
			if err != nil {
				return vm.Value{}, false, err
			}
			if !ok {
				live[i] = false
				nlive--
				continue
			}
			out[i] = v
		}
		if nlive == 0 {
			return vm.Value{}, false, nil
		}
		return vm.NewTuple(out), true, nil
	}), nil
}
