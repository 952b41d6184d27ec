package itertools

import (
	"github.com/asl-lang/asl/vm"
)

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// positional checks the arguments of a function that takes lo to hi
// positional arguments and no keywords, with CPython's messages
// ("cycle expected 1 argument, got 0").
func positional(name string, a []vm.Value, kw *vm.Kwargs, lo, hi int) error {
	if kw.Len() > 0 {
		return vm.Errorf(vm.TypeErrorType, "%s() takes no keyword arguments", name)
	}
	switch {
	case lo == hi && len(a) != lo:
		return vm.Errorf(vm.TypeErrorType, "%s expected %d argument%s, got %d", name, lo, plural(lo), len(a))
	case len(a) < lo:
		return vm.Errorf(vm.TypeErrorType, "%s expected at least %d argument%s, got %d", name, lo, plural(lo), len(a))
	case hi >= 0 && len(a) > hi:
		return vm.Errorf(vm.TypeErrorType, "%s expected at most %d argument%s, got %d", name, hi, plural(hi), len(a))
	}
	return nil
}

// params binds the arguments of a function whose parameters are named
// (the first nreq required, the rest optional), with CPython's messages
// for its Argument Clinic functions. Absent optional ones are nil.
func params(name string, a []vm.Value, kw *vm.Kwargs, names []string, nreq int) ([]*vm.Value, error) {
	if n := len(a) + kw.Len(); n > len(names) {
		return nil, vm.Errorf(vm.TypeErrorType, "%s() takes at most %d argument%s (%d given)", name, len(names), plural(len(names)), n)
	}
	out := make([]*vm.Value, len(names))
	for i := range a {
		out[i] = &a[i]
	}
	if kw != nil {
		for i, n := range kw.Names {
			j := indexOf(names, n)
			if j < 0 {
				return nil, vm.Errorf(vm.TypeErrorType, "'%s' is an invalid keyword argument for %s()", n, name)
			}
			if j < len(a) {
				return nil, vm.Errorf(vm.TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", name, n, j+1)
			}
			out[j] = &kw.Values[i]
		}
	}
	for i := 0; i < nreq; i++ {
		if out[i] == nil {
			return nil, vm.Errorf(vm.TypeErrorType, "%s() missing required argument '%s' (pos %d)", name, names[i], i+1)
		}
	}
	return out, nil
}

func indexOf(names []string, n string) int {
	for i, x := range names {
		if x == n {
			return i
		}
	}
	return -1
}

// or returns *p, or def when the argument was not given.
func or(p *vm.Value, def vm.Value) vm.Value {
	if p == nil {
		return def
	}
	return *p
}

// index reads an int argument as Python's __index__ does, with its
// message for other types.
func index(v vm.Value) (int64, error) {
	if !vm.IsInt(v) {
		return 0, vm.Errorf(vm.TypeErrorType, "'%s' object cannot be interpreted as an integer", vm.TypeName(v))
	}
	n, err := vm.IntArg(v)
	if err != nil {
		return 0, err
	}
	if !n.IsInt64() {
		return 0, vm.Errorf(vm.OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return n.Int64(), nil
}
