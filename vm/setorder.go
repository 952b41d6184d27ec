package vm

// CPython iterates a set in the order of its hash table's slots, so a set
// of small ints prints sorted and {5, 3, 1} prints as {1, 3, 5}. asl keeps
// sets in insertion order; ordered replays the members' insertions into a
// table laid out as CPython's setobject.c lays it out, and reads it back.

const (
	setLinearProbes = 9 // LINEAR_PROBES
	setPerturbShift = 5 // PERTURB_SHIFT
	setMinSize      = 8 // PySet_MINSIZE
)

// setTable is a simulated CPython set table: each slot holds the number
// of a member (in insertion order) or -1.
type setTable struct {
	slots []int32 // entry number, or -1 when empty
	keys  []Value
	hash  []uint64
}

func newSetTable(size int) *setTable {
	st := &setTable{slots: make([]int32, size)}
	for i := range st.slots {
		st.slots[i] = -1
	}
	return st
}

// insert places entry e (with hash h) as set_insert_clean does.
func (st *setTable) insert(e int32, h uint64) {
	mask := uint64(len(st.slots) - 1)
	perturb := h
	i := h & mask
	for {
		if st.slots[i] < 0 {
			st.slots[i] = e
			return
		}
		if i+setLinearProbes <= mask {
			for j := uint64(1); j <= setLinearProbes; j++ {
				if st.slots[i+j] < 0 {
					st.slots[i+j] = e
					return
				}
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize rebuilds the table for minused members, as set_table_resize.
func (st *setTable) resize(minused int) {
	size := setMinSize
	for size <= minused {
		size <<= 1
	}
	old := st.slots
	st.slots = newSetTable(size).slots
	for _, e := range old {
		if e >= 0 {
			st.insert(e, st.hash[e])
		}
	}
}

// ordered returns the members of s in CPython's iteration order.
func (s *Set) ordered() []Value {
	n := s.d.Len()
	if n <= 1 {
		return s.d.Keys()
	}
	st := newSetTable(setMinSize)
	st.keys = make([]Value, 0, n)
	st.hash = make([]uint64, 0, n)
	for _, e := range s.d.entries {
		if e.deleted {
			continue
		}
		st.keys = append(st.keys, e.key)
		st.hash = append(st.hash, e.hash)
		used := len(st.keys)
		st.insert(int32(used-1), e.hash)
		if used*5 >= (len(st.slots)-1)*3 {
			if used > 50000 {
				st.resize(used * 2)
			} else {
				st.resize(used * 4)
			}
		}
	}
	out := make([]Value, 0, n)
	for _, e := range st.slots {
		if e >= 0 {
			out = append(out, st.keys[e])
		}
	}
	return out
}
