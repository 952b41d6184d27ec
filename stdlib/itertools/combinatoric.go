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
	if kw != nil {
		for i, n := range kw.Names {
			if n != "repeat" {
				return vm.Value{}, vm.Errorf(vm.TypeErrorType, "'%s' is an invalid keyword argument for product()", n)
			}
			r, err := index(kw.Values[i])
			if err != nil {
				return vm.Value{}, err
			}
			if r < 0 {
				return vm.Value{}, vm.Errorf(vm.ValueErrorType, "repeat argument cannot be negative")
			}
			repeat = r
		}
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

// rArg reads the r of permutations and the combinations (n when it
// is absent or None for permutations), with CPython's messages.
func rArg(name string, p *vm.Value, n int) (int, error) {
	if p == nil || (p.IsNone() && name == "permutations") {
		return n, nil
	}
	if name == "permutations" && !vm.IsInt(*p) {
		return 0, vm.Errorf(vm.TypeErrorType, "Expected int as r")
	}
	r, err := index(*p)
	if err != nil {
		return 0, err
	}
	if r < 0 {
		return 0, vm.Errorf(vm.ValueErrorType, "r must be non-negative")
	}
	return int(r), nil
}

// poolAndR binds (iterable, r) and reads the pool.
func poolAndR(t *vm.Thread, name string, a []vm.Value, kw *vm.Kwargs, rRequired bool) ([]vm.Value, int, error) {
	nreq := 1
	if rRequired {
		nreq = 2
	}
	p, err := params(name, a, kw, []string{"iterable", "r"}, nreq)
	if err != nil {
		return nil, 0, err
	}
	pool, err := t.Iterate(*p[0])
	if err != nil {
		return nil, 0, err
	}
	r, err := rArg(name, p[1], len(pool))
	return pool, r, err
}

func permutations(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	pool, r, err := poolAndR(t, "permutations", a, kw, false)
	if err != nil {
		return vm.Value{}, err
	}
	n := len(pool)
	// CPython's algorithm: indices and cycles, lexicographic by position.
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	cycles := make([]int, r)
	for i := range cycles {
		cycles[i] = n - i
	}
	pick := picker(pool, idx[:min(r, n)])
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
	pool, r, err := poolAndR(t, "combinations", a, kw, true)
	if err != nil {
		return vm.Value{}, err
	}
	n := len(pool)
	idx := make([]int, r)
	for i := range idx {
		idx[i] = i
	}
	pick := picker(pool, idx)
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

// combinationsWithReplacement yields the r-long sorted index tuples
// with repeats, in CPython's order.
func combinationsWithReplacement(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	pool, r, err := poolAndR(t, "combinations_with_replacement", a, kw, true)
	if err != nil {
		return vm.Value{}, err
	}
	n := len(pool)
	idx := make([]int, r)
	pick := picker(pool, idx)
	advance := func() bool {
		i := r - 1
		for i >= 0 && idx[i] == n-1 {
			i--
		}
		if i < 0 {
			return false
		}
		v := idx[i] + 1
		for j := i; j < r; j++ {
			idx[j] = v
		}
		return true
	}
	return indexIter("combinations_with_replacement", pick, advance, n == 0 && r > 0), nil
}

// picker returns the function that builds the tuple of pool's items at
// the positions idx holds when it is called.
func picker(pool []vm.Value, idx []int) func() []vm.Value {
	return func() []vm.Value {
		out := make([]vm.Value, len(idx))
		for i, j := range idx {
			out[i] = pool[j]
		}
		return out
	}
}
