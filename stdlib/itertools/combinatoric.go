package itertools

import (
	"github.com/asl-lang/asl/vm"
)

// pools reads the iterables of product and friends as slices.
func pools(t *vm.Thread, a []vm.Value) ([][]vm.Value, error) {
	out := make([][]vm.Value, len(a))
	for i, x := range a {
		items, err := t.Iterate(x)
		if err != nil {
			return nil, err
		}
		out[i] = items
	}
	return out, nil
}

// indexIter yields tuples of pool items picked by index vectors that
// advance produces (false when done).
func indexIter(name string, pick func() []vm.Value, advance func() bool, empty bool) vm.Value {
	first, done := true, empty
	return vm.NewIterator(name, func(t *vm.Thread) (vm.Value, bool, error) {
		if done {
			return vm.Value{}, false, nil
		}
		if !first && !advance() {
			done = true
			return vm.Value{}, false, nil
		}
		first = false
		return vm.NewTuple(pick()), true, nil
	})
}

func product(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	repeat := int64(1)
	if v, ok := kw.Get("repeat"); ok {
		n, err := vm.IntArg(v)
		if err != nil {
			return vm.Value{}, err
		}
		if n.Sign() < 0 {
			return vm.Value{}, vm.Errorf(vm.ValueErrorType, "repeat argument cannot be negative")
		}
		repeat = n.Int64()
	}
	base, err := pools(t, a)
	if err != nil {
		return vm.Value{}, err
	}
	var ps [][]vm.Value
	for r := int64(0); r < repeat; r++ {
		ps = append(ps, base...)
	}
	idx := make([]int, len(ps))
	empty := false
	for _, p := range ps {
		empty = empty || len(p) == 0
	}
	pick := func() []vm.Value {
		out := make([]vm.Value, len(ps))
		for i, j := range idx {
			out[i] = ps[i][j]
		}
		return out
	}
	advance := func() bool {
		for i := len(idx) - 1; i >= 0; i-- {
			if idx[i]++; idx[i] < len(ps[i]) {
				return true
			}
			idx[i] = 0
		}
		return false
	}
	return indexIter("product", pick, advance, empty), nil
}

// rArg reads the optional r of permutations and combinations.
func rArg(a []vm.Value, kw *vm.Kwargs, n int, required bool, name string) (int, error) {
	var v vm.Value
	switch {
	case len(a) > 1:
		v = a[1]
	default:
		if x, ok := kw.Get("r"); ok {
			v = x
		} else if required {
			return 0, vm.Errorf(vm.TypeErrorType, "%s() missing required argument 'r' (pos 2)", name)
		} else {
			return n, nil
		}
	}
	if v.IsNone() && !required {
		return n, nil
	}
	r, err := vm.IntArg(v)
	if err != nil {
		return 0, err
	}
	if r.Sign() < 0 {
		return 0, vm.Errorf(vm.ValueErrorType, "r must be non-negative")
	}
	return int(r.Int64()), nil
}

func permutations(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) < 1 || len(a) > 2 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "permutations() takes at most 2 arguments (%d given)", len(a))
	}
	ps, err := pools(t, a[:1])
	if err != nil {
		return vm.Value{}, err
	}
	pool := ps[0]
	n := len(pool)
	r, err := rArg(a, kw, n, false, "permutations")
	if err != nil {
		return vm.Value{}, err
	}
	// CPython's algorithm: indices and cycles, lexicographic by position.
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	cycles := make([]int, r)
	for i := range cycles {
		cycles[i] = n - i
	}
	pick := func() []vm.Value {
		out := make([]vm.Value, r)
		for i := 0; i < r; i++ {
			out[i] = pool[idx[i]]
		}
		return out
	}
	advance := func() bool {
		for i := r - 1; i >= 0; i-- {
			cycles[i]--
			if cycles[i] == 0 {
				v := idx[i]
				copy(idx[i:], idx[i+1:])
				idx[n-1] = v
				cycles[i] = n - i
				continue
			}
			j := n - cycles[i]
			idx[i], idx[j] = idx[j], idx[i]
			return true
		}
		return false
	}
	return indexIter("permutations", pick, advance, r > n), nil
}

func combinations(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) < 1 || len(a) > 2 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "combinations() takes at most 2 arguments (%d given)", len(a))
	}
	ps, err := pools(t, a[:1])
	if err != nil {
		return vm.Value{}, err
	}
	pool := ps[0]
	n := len(pool)
	r, err := rArg(a, kw, n, true, "combinations")
	if err != nil {
		return vm.Value{}, err
	}
	idx := make([]int, r)
	for i := range idx {
		idx[i] = i
	}
	pick := func() []vm.Value {
		out := make([]vm.Value, r)
		for i, j := range idx {
			out[i] = pool[j]
		}
		return out
	}
	advance := func() bool {
		i := r - 1
		for i >= 0 && idx[i] == i+n-r {
			i--
		}
		if i < 0 {
			return false
		}
		idx[i]++
		for j := i + 1; j < r; j++ {
			idx[j] = idx[j-1] + 1
		}
		return true
	}
	return indexIter("combinations", pick, advance, r > n), nil
}

// groupby yields (key, group) pairs of consecutive items with equal keys.
// Each group is a list iterator over its items (read eagerly, unlike
// CPython's, which shares the source).
func groupby(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) < 1 || len(a) > 2 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "groupby() takes at most 2 arguments (%d given)", len(a))
	}
	key := vm.None
	if len(a) > 1 {
		key = a[1]
	}
	if v, ok := kw.Get("key"); ok {
		key = v
	}
	it, err := t.GetIter(a[0])
	if err != nil {
		return vm.Value{}, err
	}
	keyOf := func(v vm.Value) (vm.Value, error) {
		if key.IsNone() {
			return v, nil
		}
		return t.Call(key, []vm.Value{v}, nil)
	}
	var pending, pendingKey vm.Value
	has, done := false, false
	return vm.NewIterator("groupby", func(t *vm.Thread) (vm.Value, bool, error) {
		if !has {
			if done {
				return vm.Value{}, false, nil
			}
			v, ok, err := t.Next(it)
			if err != nil || !ok {
				return v, false, err
			}
			if pendingKey, err = keyOf(v); err != nil {
				return vm.Value{}, false, err
			}
			pending, has = v, true
		}
		k := pendingKey
		group := []vm.Value{pending}
		has = false
		for {
			v, ok, err := t.Next(it)
			if err != nil {
				return vm.Value{}, false, err
			}
			if !ok {
				done = true
				break
			}
			vk, err := keyOf(v)
			if err != nil {
				return vm.Value{}, false, err
			}
			eq, err := t.Operator("==", vk, k)
			if err != nil {
				return vm.Value{}, false, err
			}
			if b, err := t.Truth(eq); err != nil {
				return vm.Value{}, false, err
			} else if !b {
				pending, pendingKey, has = v, vk, true
				break
			}
			group = append(group, v)
		}
		g, err := t.GetIter(vm.NewList(group))
		if err != nil {
			return vm.Value{}, false, err
		}
		return vm.NewTuple([]vm.Value{k, g}), true, nil
	}), nil
}
