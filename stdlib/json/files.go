package json

import "github.com/asl-lang/asl/vm"

// hooks are loads' keyword arguments that let the program build values.
type hooks struct {
	objectHook, pairsHook, parseFloat, parseInt, parseConstant vm.Value
}

// hooksOf reads the keyword arguments of loads and load.
func hooksOf(kw *vm.Kwargs) (hooks, error) {
	h := hooks{vm.None, vm.None, vm.None, vm.None, vm.None}
	if kw == nil {
		return h, nil
	}
	for i, name := range kw.Names {
		v := kw.Values[i]
		switch name {
		case "object_hook":
			h.objectHook = v
		case "object_pairs_hook":
			h.pairsHook = v
		case "parse_float":
			h.parseFloat = v
		case "parse_int":
			h.parseInt = v
		case "parse_constant":
			h.parseConstant = v
		case "cls", "strict":
		default:
			return h, vm.Errorf(vm.TypeErrorType, "JSONDecoder.__init__() got an unexpected keyword argument '%s'", name)
		}
	}
	return h, nil
}

// constant is NaN, Infinity or -Infinity, through parse_constant if given.
func (d *decoder) constant(text string, v vm.Value) (vm.Value, error) {
	if d.parseConstant.Kind() == vm.KNone {
		return v, nil
	}
	return d.t.Call(d.parseConstant, []vm.Value{vm.NewStr(text)}, nil)
}

// finish gives a decoded object to object_pairs_hook (as a list of pairs)
// or object_hook, when the program passed one.
func (d *decoder) finish(obj vm.Value, pairs []vm.Value) (vm.Value, error) {
	if d.pairsHook.Kind() != vm.KNone {
		if pairs == nil {
			pairs = []vm.Value{}
		}
		return d.t.Call(d.pairsHook, []vm.Value{vm.NewList(pairs)}, nil)
	}
	if d.objectHook.Kind() != vm.KNone {
		return d.t.Call(d.objectHook, []vm.Value{obj}, nil)
	}
	return obj, nil
}

// dump is json.dump(obj, fp, **kw): dumps(obj, **kw) written to fp.
func dump(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	switch {
	case len(a) == 1:
		if fp, ok := kw.Get("fp"); ok {
			a = append(a, fp)
			kw = without(kw, "fp")
			break
		}
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "dump() missing 1 required positional argument: 'fp'")
	case len(a) != 2:
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "dump() takes 2 positional arguments but %d were given", len(a))
	}
	s, err := dumps(t, a[:1], kw)
	if err != nil {
		return vm.Value{}, err
	}
	w, err := t.GetAttr(a[1], "write")
	if err != nil {
		return vm.Value{}, err
	}
	_, err = t.Call(w, []vm.Value{s}, nil)
	return vm.None, err
}

// load is json.load(fp, **kw): loads(fp.read(), **kw).
func load(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "load() takes 1 positional argument but %d were given", len(a))
	}
	r, err := t.GetAttr(a[0], "read")
	if err != nil {
		return vm.Value{}, err
	}
	s, err := t.Call(r, nil, nil)
	if err != nil {
		return vm.Value{}, err
	}
	if _, err := hooksOf(kw); err != nil {
		return vm.Value{}, err
	}
	return loads(t, []vm.Value{s}, kw)
}

// without is kw less one name.
func without(kw *vm.Kwargs, name string) *vm.Kwargs {
	out := &vm.Kwargs{}
	for i, n := range kw.Names {
		if n != name {
			out.Names = append(out.Names, n)
			out.Values = append(out.Values, kw.Values[i])
		}
	}
	return out
}
