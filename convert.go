package asl

import (
	"fmt"
	"math/big"

	"github.com/asl-lang/asl/vm"
)

// Value is an asl value that has no plain Go counterpart (an instance, a
// function, a module…), as Eval, Call and Get return it. It belongs to
// the Interp that made it.
type Value struct {
	in *Interp
	v  vm.Value
}

// Repr is repr() of the value.
func (v Value) Repr() string {
	s, err := v.in.t.Repr(v.v)
	if err != nil {
		return fmt.Sprintf("<%s>", vm.TypeName(v.v))
	}
	return s
}

// String is str() of the value.
func (v Value) String() string {
	s, err := v.in.t.Call(vm.ClassValue(vm.StrType), []vm.Value{v.v}, nil)
	if err != nil || s.Kind() != vm.KStr {
		return v.Repr()
	}
	return s.S()
}

// Type is the name of the value's type.
func (v Value) Type() string { return vm.TypeName(v.v) }

// Attr is the attribute name of the value.
func (v Value) Attr(name string) (any, error) {
	r, err := v.in.t.GetAttr(v.v, name)
	if err != nil {
		return nil, v.in.wrap(err)
	}
	return v.in.toGo(r), nil
}

// Call calls the value with args (run on the calling goroutine, which
// must be the one using the Interp).
func (v Value) Call(args ...any) (any, error) {
	av := make([]vm.Value, len(args))
	for i, a := range args {
		x, err := v.in.fromGo(a)
		if err != nil {
			return nil, err
		}
		av[i] = x
	}
	r, err := v.in.t.Call(v.v, av, nil)
	if err != nil {
		return nil, v.in.wrap(err)
	}
	return v.in.toGo(r), nil
}

// toGo converts an asl value to Go: None is nil, bool bool, int int64 (a
// *big.Int beyond it), float float64, str string, bytes []byte, a list or
// tuple []any, a dict with str keys map[string]any; anything else is a
// Value.
func (in *Interp) toGo(v vm.Value) any {
	switch v.Kind() {
	case vm.KNone:
		return nil
	case vm.KBool:
		return v.I() != 0
	case vm.KInt:
		return v.I()
	case vm.KBig:
		return new(big.Int).Set(v.BigInt())
	case vm.KFloat:
		return v.F()
	case vm.KStr:
		return v.S()
	case vm.KBytes:
		b, _ := vm.BytesOf(v)
		return append([]byte(nil), b...)
	case vm.KList, vm.KTuple:
		items, _ := vm.Seq(v)
		out := make([]any, len(items))
		for i, x := range items {
			out[i] = in.toGo(x)
		}
		return out
	case vm.KDict:
		out := map[string]any{}
		ok := true
		v.Dict().Items(func(k, x vm.Value) bool {
			if k.Kind() != vm.KStr {
				ok = false
				return false
			}
			out[k.S()] = in.toGo(x)
			return true
		})
		if ok {
			return out
		}
	}
	return Value{in: in, v: v}
}

// fromGo converts a Go value to asl (the reverse of toGo; int, int32,
// float32 and friends too, and a Func).
func (in *Interp) fromGo(x any) (vm.Value, error) {
	switch v := x.(type) {
	case nil:
		return vm.None, nil
	case bool:
		return vm.Bool(v), nil
	case int:
		return vm.Int(int64(v)), nil
	case int8:
		return vm.Int(int64(v)), nil
	case int16:
		return vm.Int(int64(v)), nil
	case int32:
		return vm.Int(int64(v)), nil
	case int64:
		return vm.Int(v), nil
	case uint8:
		return vm.Int(int64(v)), nil
	case uint16:
		return vm.Int(int64(v)), nil
	case uint32:
		return vm.Int(int64(v)), nil
	case *big.Int:
		return vm.BigIntValue(new(big.Int).Set(v)), nil
	case float32:
		return vm.Float(float64(v)), nil
	case float64:
		return vm.Float(v), nil
	case string:
		return vm.NewStr(v), nil
	case []byte:
		return vm.NewBytes(append([]byte(nil), v...)), nil
	case []any:
		items := make([]vm.Value, len(v))
		for i, e := range v {
			ev, err := in.fromGo(e)
			if err != nil {
				return vm.Value{}, err
			}
			items[i] = ev
		}
		return vm.NewList(items), nil
	case map[string]any:
		d := vm.NewDict()
		for k, e := range v {
			ev, err := in.fromGo(e)
			if err != nil {
				return vm.Value{}, err
			}
			d.Dict().SetStr(k, ev)
		}
		return d, nil
	case Value:
		if v.in != in {
			return vm.Value{}, fmt.Errorf("asl: a Value of another Interp")
		}
		return v.v, nil
	case Func:
		return in.builtin(v), nil
	case AsyncFunc:
		return in.asyncBuiltin(v), nil
	case exposed:
		return in.exposedValue(v)
	}
	return vm.Value{}, fmt.Errorf("asl: cannot pass a Go %T to asl", x)
}
