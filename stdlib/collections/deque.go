package collections

import (
	"unsafe"

	"github.com/asl-lang/asl/vm"
)

// ring is the Go state of a collections.deque: its items in a ring buffer,
// so that both ends cost O(1).
type ring struct {
	buf    []vm.Value
	head   int // index of the first item in buf
	n      int
	maxlen int // -1: unbounded
}

func (r *ring) at(i int) *vm.Value { return &r.buf[(r.head+i)%len(r.buf)] }

func (r *ring) grow() {
	size := 2 * len(r.buf)
	if size < 8 {
		size = 8
	}
	buf := make([]vm.Value, size)
	for i := 0; i < r.n; i++ {
		buf[i] = *r.at(i)
	}
	r.buf, r.head = buf, 0
}

func (r *ring) pushRight(v vm.Value) {
	if r.maxlen == 0 {
		return
	}
	if r.n == len(r.buf) {
		r.grow()
	}
	*r.at(r.n) = v
	r.n++
	if r.maxlen >= 0 && r.n > r.maxlen {
		r.popLeft()
	}
}

func (r *ring) pushLeft(v vm.Value) {
	if r.maxlen == 0 {
		return
	}
	if r.n == len(r.buf) {
		r.grow()
	}
	r.head = (r.head - 1 + len(r.buf)) % len(r.buf)
	r.buf[r.head] = v
	r.n++
	if r.maxlen >= 0 && r.n > r.maxlen {
		r.popRight()
	}
}

func (r *ring) popLeft() vm.Value {
	v := r.buf[r.head]
	r.buf[r.head] = vm.Value{}
	r.head = (r.head + 1) % len(r.buf)
	r.n--
	return v
}

func (r *ring) popRight() vm.Value {
	p := r.at(r.n - 1)
	v := *p
	*p = vm.Value{}
	r.n--
	return v
}

func (r *ring) items() []vm.Value {
	out := make([]vm.Value, r.n)
	for i := range out {
		out[i] = *r.at(i)
	}
	return out
}

// ringOf returns a deque's Go state.
func ringOf(v vm.Value) (*ring, error) {
	if p := vm.Native(v); p != nil {
		return (*ring)(p), nil
	}
	return nil, vm.Errorf(vm.TypeErrorType, "descriptor requires a 'collections.deque' object but received '%s'", vm.TypeName(v))
}

// dequeMethods are the methods of deque written in Go (deque.asl takes
// them into the class).
func dequeMethods() map[string]vm.BuiltinFunc {
	self := func(a []vm.Value, want int, name string) (*ring, error) {
		if len(a) == 0 {
			return nil, vm.Errorf(vm.TypeErrorType, "%s() needs a deque", name)
		}
		if len(a)-1 != want {
			if want == 0 {
				return nil, vm.Errorf(vm.TypeErrorType, "deque.%s() takes no arguments (%d given)", name, len(a)-1)
			}
			return nil, vm.Errorf(vm.TypeErrorType, "deque.%s() takes exactly one argument (%d given)", name, len(a)-1)
		}
		return ringOf(a[0])
	}
	return map[string]vm.BuiltinFunc{
		// _init(self, maxlen): the empty ring (maxlen None or an int >= 0).
		"_init": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			r := &ring{maxlen: -1}
			if len(a) == 2 && !a[1].IsNone() {
				r.maxlen = int(a[1].I())
			}
			vm.SetNative(a[0], unsafe.Pointer(r))
			return vm.None, nil
		},
		"append": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			r, err := self(a, 1, "append")
			if err != nil {
				return vm.Value{}, err
			}
			r.pushRight(a[1])
			return vm.None, nil
		},
		"appendleft": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			r, err := self(a, 1, "appendleft")
			if err != nil {
				return vm.Value{}, err
			}
			r.pushLeft(a[1])
			return vm.None, nil
		},
		"pop": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			r, err := self(a, 0, "pop")
			if err != nil {
				return vm.Value{}, err
			}
			if r.n == 0 {
				return vm.Value{}, vm.Errorf(vm.IndexErrorType, "pop from an empty deque")
			}
			return r.popRight(), nil
		},
		"popleft": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			r, err := self(a, 0, "popleft")
			if err != nil {
				return vm.Value{}, err
			}
			if r.n == 0 {
				return vm.Value{}, vm.Errorf(vm.IndexErrorType, "pop from an empty deque")
			}
			return r.popLeft(), nil
		},
		"__len__": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			r, err := self(a, 0, "__len__")
			if err != nil {
				return vm.Value{}, err
			}
			return vm.Int(int64(r.n)), nil
		},
		"__bool__": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			r, err := self(a, 0, "__bool__")
			if err != nil {
				return vm.Value{}, err
			}
			return vm.Bool(r.n > 0), nil
		},
		// _items(self): a new list of the items, first to last.
		"_items": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			r, err := self(a, 0, "_items")
			if err != nil {
				return vm.Value{}, err
			}
			return vm.NewList(r.items()), nil
		},
		// _set(self, items): the deque holds the list's items (the last
		// maxlen of them), as after clear() and extend(items).
		"_set": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			r, err := self(a, 1, "_set")
			if err != nil {
				return vm.Value{}, err
			}
			items, ok := vm.Seq(a[1])
			if !ok {
				return vm.Value{}, vm.Errorf(vm.TypeErrorType, "_set expects a list")
			}
			r.buf, r.head, r.n = make([]vm.Value, len(items)+1), 0, 0
			for _, v := range items {
				r.pushRight(v)
			}
			return vm.None, nil
		},
		"_maxlen": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			r, err := self(a, 0, "_maxlen")
			if err != nil {
				return vm.Value{}, err
			}
			if r.maxlen < 0 {
				return vm.None, nil
			}
			return vm.Int(int64(r.maxlen)), nil
		},
	}
}
