package itertools

import (
	"github.com/asl-lang/asl/vm"
)

// teeing is the buffer tee's iterators share: the items read from the
// source that some iterator has not given yet, buf[0] being item number
// base.
type teeing struct {
	src  vm.Value
	buf  []vm.Value
	base int
	pos  []int // each iterator's next item number
}

// trim drops the items every iterator has given.
func (s *teeing) trim() {
	low := s.pos[0]
	for _, p := range s.pos[1:] {
		low = min(low, p)
	}
	if d := low - s.base; d > 64 && d*2 > len(s.buf) {
		s.buf = append([]vm.Value(nil), s.buf[d:]...)
		s.base = low
	}
}

// tee(iterable, n=2) returns n independent iterators over iterable.
func tee(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if err := positional("tee", a, kw, 1, 2); err != nil {
		return vm.Value{}, err
	}
	n := int64(2)
	if len(a) > 1 {
		var err error
		if n, err = index(a[1]); err != nil {
			return vm.Value{}, err
		}
		if n < 0 {
			return vm.Value{}, vm.Errorf(vm.ValueErrorType, "n must be >= 0")
		}
	}
	src, err := t.GetIter(a[0])
	if err != nil {
		return vm.Value{}, err
	}
	s := &teeing{src: src, pos: make([]int, n)}
	out := make([]vm.Value, n)
	for i := range out {
		i := i
		out[i] = vm.NewIterator("_tee", func(t *vm.Thread) (vm.Value, bool, error) {
			k := s.pos[i] - s.base
			if k == len(s.buf) {
				v, ok, err := t.Next(s.src)
				if err != nil || !ok {
					return vm.Value{}, false, err
				}
				s.buf = append(s.buf, v)
			}
			v := s.buf[s.pos[i]-s.base]
			s.pos[i]++
			s.trim()
			return v, true, nil
		})
	}
	return vm.NewTuple(out), nil
}
