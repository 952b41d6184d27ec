package vm

import (
	"cmp"
	"slices"
	"strings"
)

// sortKeyed is one key to sort with its item's original position; the
// position breaks ties so that an unstable sort gives list.sort's stable
// order.
type sortKeyed[K any] struct {
	key K
	pos int
}

// sortFast sorts items by keys when every key is a small int or every key
// is a str, comparing them directly; it reports false, having done
// nothing, for any other keys.
func sortFast(items, keys []Value, reverse bool) bool {
	if len(keys) < 2 {
		return false
	}
	kind := keys[0].kind
	if kind == KTuple {
		return sortTuples(items, keys, reverse)
	}
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
		if !sortSmallIntKeys(items, keys, reverse) {
			sortPairs(items, keys, reverse, Value.I, cmp.Compare[int64])
		}
		return true
	}
	sortPairs(items, keys, reverse, Value.S, strings.Compare)
	return true
}

// sortPairs sorts items by keys extracted with get and compared with c.
func sortPairs[K any](items, keys []Value, reverse bool, get func(Value) K, c func(a, b K) int) {
	ps := make([]sortKeyed[K], len(items))
	for i := range items {
		ps[i] = sortKeyed[K]{key: get(keys[i]), pos: i}
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
	orig := append([]Value(nil), items...)
	for i, p := range ps {
		items[i] = orig[p.pos]
	}
}

// sortSmallIntKeys sorts items by int keys that fit in 32 bits (len,
// small counts…) as plain uint64s: the key in the high half, the position
// in the low half, so equal keys keep their order. It reports false,
// having done nothing, when a key is too big.
func sortSmallIntKeys(items, keys []Value, reverse bool) bool {
	if len(items) >= 1<<32 {
		return false
	}
	ps := make([]uint64, len(items))
	for i, k := range keys {
		n := k.I()
		if n <= -1<<31 || n >= 1<<31 {
			return false
		}
		if reverse {
			n = -n
		}
		ps[i] = uint64(uint32(n)^1<<31)<<32 | uint64(i)
	}
	slices.Sort(ps)
	orig := append([]Value(nil), items...)
	for i, p := range ps {
		items[i] = orig[uint32(p)]
	}
	return true
}

// sortTuples sorts by tuple keys whose items, position by position, are
// all small ints or all strs, comparing them directly.
func sortTuples(items, keys []Value, reverse bool) bool {
	var kinds []Kind
	for _, k := range keys {
		if k.kind != KTuple {
			return false
		}
		for i, x := range k.tuple().Items {
			if i == len(kinds) {
				if x.kind != KInt && x.kind != KStr {
					return false
				}
				kinds = append(kinds, x.kind)
			} else if x.kind != kinds[i] {
				return false
			}
		}
	}
	sortPairs(items, keys, reverse, func(v Value) []Value { return v.tuple().Items }, compareFlat)
	return true
}

// compareFlat compares two tuples of small ints and strs that agree on the
// kind at each position, as Python compares tuples.
func compareFlat(a, b []Value) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		x, y := a[i], b[i]
		var r int
		if x.kind == KInt {
			r = cmp.Compare(x.I(), y.I())
		} else {
			r = strings.Compare(x.S(), y.S())
		}
		if r != 0 {
			return r
		}
	}
	return cmp.Compare(len(a), len(b))
}
