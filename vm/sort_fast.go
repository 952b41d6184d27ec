package vm

import (
	"cmp"
	"slices"
	"strings"
)

// sortKeyed is one item to sort with its key and original position; the
// position breaks ties so that an unstable sort gives list.sort's stable
// order.
type sortKeyed[K any] struct {
	key K
	pos int
	v   Value
}

// sortFast sorts items by keys when every key is a small int or every key
// is a str, comparing them directly; it reports false, having done
// nothing, for any other keys.
func sortFast(items, keys []Value, reverse bool) bool {
	if len(keys) < 2 {
		return false
	}
	kind := keys[0].kind
	if kind != KInt && kind != KStr {
		return false
	}
	for _, k := range keys {
		if k.kind != kind {
			return false
		}
	}
	if kind == KInt {
		if &keys[0] == &items[0] {
			// Equal small ints are indistinguishable: no order to keep.
			ints := make([]int64, len(items))
			for i, x := range items {
				ints[i] = x.I()
			}
			slices.Sort(ints)
			if reverse {
				slices.Reverse(ints)
			}
			for i, n := range ints {
				items[i] = Int(n)
			}
			return true
		}
		sortPairs(items, keys, reverse, Value.I, cmp.Compare[int64])
		return true
	}
	sortPairs(items, keys, reverse, Value.S, strings.Compare)
	return true
}

// sortPairs sorts items by keys extracted with get and compared with c.
func sortPairs[K any](items, keys []Value, reverse bool, get func(Value) K, c func(a, b K) int) {
	ps := make([]sortKeyed[K], len(items))
	for i, x := range items {
		ps[i] = sortKeyed[K]{key: get(keys[i]), pos: i, v: x}
	}
	slices.SortFunc(ps, func(a, b sortKeyed[K]) int {
		r := c(a.key, b.key)
		if reverse {
			r = -r
		}
		if r == 0 {
			return a.pos - b.pos
		}
		return r
	})
	for i, p := range ps {
		items[i] = p.v
	}
}
