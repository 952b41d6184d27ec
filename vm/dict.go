package vm

import "unsafe"

// Dict is an insertion-ordered hash table: entries in order of insertion,
// and an open-addressing index of entry numbers. Deleted entries stay as
// tombstones until the table is rebuilt. Small dicts (most instance
// namespaces) have no index: a scan of a few entries comparing stored
// hashes is faster than hashing into a table, and saves an allocation.
type Dict struct {
	entries []dictEntry
	index   []int32 // -1: empty slot
	live    int
	// version changes whenever an entry is added or removed or the
	// entries move, so caches of entry positions can check they are valid.
	version uint32
	isClass bool // a class namespace: changes also bump classEpoch
}

type dictEntry struct {
	key, val Value
	hash     uint64
	deleted  bool
}

// NewDict makes an empty dict value.
func NewDict() Value { return ptrValue(KDict, unsafe.Pointer(newDict(0))) }

// smallDict is the most entries a dict keeps without an index.
const smallDict = 8

func newDict(n int) *Dict {
	d := &Dict{}
	if n > 0 {
		d.entries = make([]dictEntry, 0, n)
		if n <= smallDict {
			return d
		}
		size := 8
		for size*2 < (n+1)*3 {
			size <<= 1
		}
		d.index = make([]int32, size)
		for i := range d.index {
			d.index[i] = -1
		}
	}
	return d
}

// Len is the number of items.
func (d *Dict) Len() int { return d.live }

// find returns the entry number of key, or -1, and the index slot where
// it is or would go.
func (d *Dict) find(t *Thread, key Value, h uint64) (int, int, error) {
	if d.index == nil {
		for i := range d.entries {
			ent := &d.entries[i]
			if ent.hash != h || ent.deleted {
				continue
			}
			if Is(ent.key, key) {
				return i, -1, nil
			}
			eq, err := t.equalKeys(ent.key, key)
			if err != nil {
				return -1, -1, err
			}
			if eq {
				return i, -1, nil
			}
		}
		return -1, -1, nil
	}
	mask := uint64(len(d.index) - 1)
	slot := h & mask
	for perturb := h; ; perturb >>= 5 {
		e := d.index[slot]
		if e < 0 {
			return -1, int(slot), nil
		}
		ent := &d.entries[e]
		if ent.hash == h && !ent.deleted {
			if Is(ent.key, key) {
				return int(e), int(slot), nil
			}
			eq, err := t.equalKeys(ent.key, key)
			if err != nil {
				return -1, -1, err
			}
			if eq {
				return int(e), int(slot), nil
			}
		}
		slot = (slot*5 + 1 + perturb) & mask
	}
}

// Get looks key up.
func (d *Dict) Get(t *Thread, key Value) (Value, bool, error) {
	h, err := t.hash(key)
	if err != nil {
		return Value{}, false, err
	}
	e, _, err := d.find(t, key, h)
	if err != nil || e < 0 {
		return Value{}, false, err
	}
	return d.entries[e].val, true, nil
}

// GetStr looks up a str key given as a Go string (attribute and global
// names); it never calls back into asl code.
func (d *Dict) GetStr(name string) (Value, bool) {
	if i := d.strIndex(name); i >= 0 {
		return d.entries[i].val, true
	}
	return Value{}, false
}

// strIndex is the entry number of a str key, or -1.
func (d *Dict) strIndex(name string) int { return d.strIndexH(name, strHash(name)) }

// strIndexH is strIndex given the name's hash.
func (d *Dict) strIndexH(name string, h uint64) int {
	if d.index == nil {
		for i := range d.entries {
			ent := &d.entries[i]
			if ent.hash == h && !ent.deleted && ent.key.kind == KStr && ent.key.S() == name {
				return i
			}
		}
		return -1
	}
	mask := uint64(len(d.index) - 1)
	slot := h & mask
	for perturb := h; ; perturb >>= 5 {
		e := d.index[slot]
		if e < 0 {
			return -1
		}
		ent := &d.entries[e]
		if ent.hash == h && !ent.deleted && ent.key.kind == KStr && ent.key.S() == name {
			return int(e)
		}
		slot = (slot*5 + 1 + perturb) & mask
	}
}

// SetStr stores a str key given as a Go string.
func (d *Dict) SetStr(name string, v Value) {
	_ = d.Set(nil, NewStr(name), v)
}

// Set stores key: val.
func (d *Dict) Set(t *Thread, key, val Value) error {
	h, err := t.hash(key)
	if err != nil {
		return err
	}
	e, slot, err := d.find(t, key, h)
	if err != nil {
		return err
	}
	if e >= 0 {
		d.entries[e].val = val
		if d.isClass {
			classEpoch.Add(1) // caches hold class attribute values
		}
		return nil
	}
	if d.index == nil && len(d.entries) >= smallDict {
		d.grow()
	}
	if d.index != nil && (slot < 0 || (len(d.entries)+1)*3 > len(d.index)*2) {
		d.grow()
	}
	if d.index != nil {
		_, slot, _ = d.find(t, key, h)
	}
	d.entries = append(d.entries, dictEntry{key: key, val: val, hash: h})
	if d.index != nil {
		d.index[slot] = int32(len(d.entries) - 1)
	}
	d.live++
	d.changed()
	return nil
}

// grow rebuilds the index (and drops tombstones) with room to spare.
func (d *Dict) grow() {
	d.changed()
	if d.live < len(d.entries) {
		live := d.entries[:0]
		for _, e := range d.entries {
			if !e.deleted {
				live = append(live, e)
			}
		}
		for i := len(live); i < len(d.entries); i++ {
			d.entries[i] = dictEntry{}
		}
		d.entries = live
	}
	if d.live < smallDict {
		d.index = nil // small again: no index
		return
	}
	n := 8
	for n*2 < (d.live+1)*3 {
		n <<= 1
	}
	d.index = make([]int32, n)
	for i := range d.index {
		d.index[i] = -1
	}
	mask := uint64(n - 1)
	for i, e := range d.entries {
		slot := e.hash & mask
		for perturb := e.hash; d.index[slot] >= 0; perturb >>= 5 {
			slot = (slot*5 + 1 + perturb) & mask
		}
		d.index[slot] = int32(i)
	}
}

// Delete removes key, reporting whether it was there.
func (d *Dict) Delete(t *Thread, key Value) (bool, error) {
	h, err := t.hash(key)
	if err != nil {
		return false, err
	}
	e, _, err := d.find(t, key, h)
	if err != nil || e < 0 {
		return false, err
	}
	d.entries[e].deleted = true
	d.entries[e].key, d.entries[e].val = None, None
	d.live--
	d.changed()
	return true, nil
}

// Items calls f for each item in insertion order; f may stop by
// returning false. The dict must not change meanwhile.
func (d *Dict) Items(f func(k, v Value) bool) {
	for i := range d.entries {
		e := &d.entries[i]
		if !e.deleted && !f(e.key, e.val) {
			return
		}
	}
}

// Keys returns the keys in order.
func (d *Dict) Keys() []Value {
	out := make([]Value, 0, d.live)
	d.Items(func(k, _ Value) bool { out = append(out, k); return true })
	return out
}

// entryAt returns the i-th raw entry (for iterators), and whether it is
// live; ok is false past the end.
func (d *Dict) entryAt(i int) (e *dictEntry, ok bool) {
	if i >= len(d.entries) {
		return nil, false
	}
	return &d.entries[i], true
}

// Clear empties the dict.
func (d *Dict) Clear() {
	*d = Dict{version: d.version, isClass: d.isClass}
	d.changed()
}

// changed records a change of the set of keys or of their positions.
func (d *Dict) changed() {
	d.version++
	if d.isClass {
		classEpoch.Add(1)
	}
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	c := &Dict{entries: make([]dictEntry, 0, d.live)}
	for _, e := range d.entries {
		if !e.deleted {
			c.entries = append(c.entries, e)
		}
	}
	c.live = len(c.entries)
	c.grow()
	return c
}
