// Package itertools is asl's itertools module: itertools.asl (count,
// repeat and chain as classes with CPython's reprs) over the private Go
// module _itertools, whose lazy iterators are built on the VM's iterator
// protocol.
package itertools

import (
	_ "embed"

	"github.com/asl-lang/asl/vm"
)

//go:embed itertools.asl
var src string

func init() {
	vm.RegisterSourceModule("itertools", src)
	vm.RegisterModule("_itertools", build)
}

type fn = func(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error)

// next is the type of an iterator's step.
type next = func(t *vm.Thread) (vm.Value, bool, error)

func build(t *vm.Thread) vm.Value {
	d := vm.NewDict().Dict()
	for name, f := range map[string]fn{
		"cycle": cycle, "chain": chain, "chain_from_iterable": chainFromIterable, "islice": islice,
		"accumulate": accumulate, "takewhile": takewhile, "dropwhile": dropwhile,
		"starmap": starmap, "zip_longest": zipLongest, "product": product,
		"permutations": permutations, "combinations": combinations, "groupby": groupby,
		"combinations_with_replacement": combinationsWithReplacement, "tee": tee,
		"compress": compress, "filterfalse": filterfalse, "pairwise": pairwise,
	} {
		d.SetStr(name, vm.NewBuiltin(name, f))
	}
	return vm.NewModule("_itertools", d)
}

func cycle(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if err := positional("cycle", a, kw, 1, 1); err != nil {
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
	if kw.Len() > 0 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "chain() takes no keyword arguments")
	}
	sources := append([]vm.Value(nil), a...)
	return chained(func(t *vm.Thread) (vm.Value, bool, error) {
		if len(sources) == 0 {
			return vm.Value{}, false, nil
		}
		x := sources[0]
		sources = sources[1:]
		return x, true, nil
	}), nil
}

// chainFromIterable is chain.from_iterable(iterables): the iterables are
// taken lazily from an iterator.
func chainFromIterable(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if err := positional("from_iterable", a, kw, 1, 1); err != nil {
		return vm.Value{}, err
	}
	src, err := t.GetIter(a[0])
	if err != nil {
		return vm.Value{}, err
	}
	return chained(func(t *vm.Thread) (vm.Value, bool, error) { return t.Next(src) }), nil
}

// chained yields the items of each iterable that source gives in turn.
func chained(source func(t *vm.Thread) (vm.Value, bool, error)) vm.Value {
	var cur vm.Value
	has := false
	return vm.NewIterator("chain", func(t *vm.Thread) (vm.Value, bool, error) {
		for {
			if !has {
				x, ok, err := source(t)
				if err != nil || !ok {
					return vm.Value{}, false, err
				}
				it, err := t.GetIter(x)
				if err != nil {
					return vm.Value{}, false, err
				}
				cur, has = it, true
			}
			v, ok, err := t.Next(cur)
			if err != nil || ok {
				return v, ok, err
			}
			has = false
		}
	})
}

// intOrNone reads an optional non-negative index of islice.
func intOrNone(v vm.Value, what string) (int64, error) {
	if v.IsNone() {
		return -1, nil
	}
	if !vm.IsInt(v) {
		return 0, vm.Errorf(vm.ValueErrorType, "%s for islice() must be None or an integer: 0 <= x <= sys.maxsize.", what)
	}
	n, _ := vm.IntArg(v)
	if n.Sign() < 0 || !n.IsInt64() {
		return 0, vm.Errorf(vm.ValueErrorType, "%s for islice() must be None or an integer: 0 <= x <= sys.maxsize.", what)
	}
	return n.Int64(), nil
}

func islice(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if err := positional("islice", a, kw, 2, 4); err != nil {
		return vm.Value{}, err
	}
	start, stop, step := int64(0), int64(-1), int64(1)
	var err error
	if len(a) == 2 {
		if stop, err = intOrNone(a[1], "Stop argument"); err != nil {
			return vm.Value{}, err
		}
	} else {
		if !a[1].IsNone() {
			if start, err = intOrNone(a[1], "Indices"); err != nil {
				return vm.Value{}, err
			}
		}
		if stop, err = intOrNone(a[2], "Stop argument"); err != nil {
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
	// As CPython's: cnt items read so far, next the index of the next one
	// to give (never past stop, so the items up to stop are consumed).
	cnt, next := int64(0), start
	return vm.NewIterator("islice", func(t *vm.Thread) (vm.Value, bool, error) {
		if stop >= 0 && cnt >= stop {
			return vm.Value{}, false, nil
		}
		for cnt < next {
			_, ok, err := t.Next(it)
			if err != nil || !ok {
				return vm.Value{}, false, err
			}
			cnt++
		}
		if stop >= 0 && cnt >= stop {
			return vm.Value{}, false, nil
		}
		v, ok, err := t.Next(it)
		if err != nil || !ok {
			return vm.Value{}, false, err
		}
		cnt++
		next += step
		if stop >= 0 && next > stop {
			next = stop
		}
		return v, true, nil
	}), nil
}

func accumulate(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) > 2 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "accumulate() takes at most 2 positional arguments (%d given)", len(a))
	}
	p, err := params("accumulate", a, kw, []string{"iterable", "func", "initial"}, 1)
	if err != nil {
		return vm.Value{}, err
	}
	f := or(p[1], vm.None)
	it, err := t.GetIter(*p[0])
	if err != nil {
		return vm.Value{}, err
	}
	var acc vm.Value
	started := false
	if v := or(p[2], vm.None); !v.IsNone() {
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
func predicated(name string, t *vm.Thread, a []vm.Value, kw *vm.Kwargs, mode int) (vm.Value, error) {
	if err := positional(name, a, kw, 2, 2); err != nil {
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
	return predicated("takewhile", t, a, kw, 0)
}

func dropwhile(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	return predicated("dropwhile", t, a, kw, 1)
}

func filterfalse(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	return predicated("filterfalse", t, a, kw, 2)
}

func starmap(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if err := positional("starmap", a, kw, 2, 2); err != nil {
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
	p, err := params("compress", a, kw, []string{"data", "selectors"}, 2)
	if err != nil {
		return vm.Value{}, err
	}
	data, err := t.GetIter(*p[0])
	if err != nil {
		return vm.Value{}, err
	}
	sel, err := t.GetIter(*p[1])
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
	if err := positional("pairwise", a, kw, 1, 1); err != nil {
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
	if kw != nil {
		for i, n := range kw.Names {
			if n != "fillvalue" {
				return vm.Value{}, vm.Errorf(vm.TypeErrorType, "zip_longest() got an unexpected keyword argument")
			}
			fill = kw.Values[i]
		}
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
