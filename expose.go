package asl

import (
	"context"
	"errors"
	"fmt"
	"reflect"

	"github.com/asl-lang/asl/vm"
)

// Expose makes a Go struct (a pointer to one, for fields scripts may set)
// a value scripts use as an object: its exported fields are attributes,
// read and written through to the struct, and its exported methods are
// methods, with arguments and results converted as Set and Get convert
// them (a method's last error result becomes an exception).
//
//	in.Set("cfg", asl.Expose(&cfg))   // script: cfg.Limit += 1; cfg.Reset()
func Expose(v any) any { return exposed{v: reflect.ValueOf(v)} }

// exposed is a Go value that Expose marks.
type exposed struct{ v reflect.Value }

// exposeSrc defines the class of exposed values: attribute access goes to
// Go through the built-ins the Interp gives it.
const exposeSrc = `
class GoObject:
    def __init__(self, h):
        self.__dict__['_h'] = h
    def __getattr__(self, name):
        return _go_get(self._h, name)
    def __setattr__(self, name, value):
        _go_set(self._h, name, value)
    def __dir__(self):
        return _go_dir(self._h)
    def __repr__(self):
        return _go_repr(self._h)
`

// exposedValue makes the asl object of an exposed Go value.
func (in *Interp) exposedValue(e exposed) (vm.Value, error) {
	if in.goObject.IsNone() {
		if err := in.defineGoObject(); err != nil {
			return vm.Value{}, err
		}
	}
	in.exposedVals = append(in.exposedVals, e.v)
	return in.t.Call(in.goObject, []vm.Value{vm.Int(int64(len(in.exposedVals) - 1))}, nil)
}

// defineGoObject runs exposeSrc in a private namespace with the Go side's
// built-ins.
func (in *Interp) defineGoObject() error {
	ns := vm.NewDict().Dict()
	ns.SetStr("__name__", vm.NewStr("asl.expose"))
	for name, fn := range map[string]Func{"_go_get": in.goGet, "_go_set": in.goSet, "_go_dir": in.goDir, "_go_repr": in.goRepr} {
		ns.SetStr(name, in.builtin(fn))
	}
	code, err := in.compile("<asl.expose>", exposeSrc, false)
	if err != nil {
		return err
	}
	if err := in.t.RunModule(code, ns); err != nil {
		return in.wrap(err)
	}
	in.goObject, _ = ns.GetStr("GoObject")
	return nil
}

// handle is the Go value an object's handle stands for.
func (in *Interp) handle(args []any) (reflect.Value, error) {
	if len(args) == 0 {
		return reflect.Value{}, errors.New("no handle")
	}
	h, ok := args[0].(int64)
	if !ok || h < 0 || int(h) >= len(in.exposedVals) {
		return reflect.Value{}, errors.New("bad handle")
	}
	return in.exposedVals[h], nil
}

// field is the struct field name of v (through pointers), if any.
func field(v reflect.Value, name string) (reflect.Value, bool) {
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return reflect.Value{}, false
	}
	sf, ok := v.Type().FieldByName(name)
	if !ok || !sf.IsExported() {
		return reflect.Value{}, false
	}
	return v.FieldByIndex(sf.Index), true
}

func (in *Interp) goGet(ctx context.Context, args []any, kw map[string]any) (any, error) {
	v, err := in.handle(args)
	if err != nil {
		return nil, err
	}
	name, _ := args[1].(string)
	if m := v.MethodByName(name); m.IsValid() {
		return Func(func(ctx context.Context, a []any, kw map[string]any) (any, error) {
			return callMethod(m, a)
		}), nil
	}
	if f, ok := field(v, name); ok {
		return f.Interface(), nil
	}
	return nil, vm.Errorf(vm.AttributeErrorType, "'%s' object has no attribute '%s'", v.Type(), name)
}

func (in *Interp) goSet(ctx context.Context, args []any, kw map[string]any) (any, error) {
	v, err := in.handle(args)
	if err != nil {
		return nil, err
	}
	name, _ := args[1].(string)
	f, ok := field(v, name)
	if !ok {
		return nil, vm.Errorf(vm.AttributeErrorType, "'%s' object has no attribute '%s'", v.Type(), name)
	}
	if !f.CanSet() {
		return nil, vm.Errorf(vm.AttributeErrorType, "'%s' is read-only (expose a pointer to set fields)", name)
	}
	x, err := convertTo(args[2], f.Type())
	if err != nil {
		return nil, vm.Errorf(vm.TypeErrorType, "%s: %v", name, err)
	}
	f.Set(x)
	return nil, nil
}

func (in *Interp) goDir(ctx context.Context, args []any, kw map[string]any) (any, error) {
	v, err := in.handle(args)
	if err != nil {
		return nil, err
	}
	var names []any
	for i := 0; i < v.NumMethod(); i++ {
		names = append(names, v.Type().Method(i).Name)
	}
	s := v
	for s.Kind() == reflect.Pointer {
		s = s.Elem()
	}
	if s.Kind() == reflect.Struct {
		for i := 0; i < s.NumField(); i++ {
			if f := s.Type().Field(i); f.IsExported() {
				names = append(names, f.Name)
			}
		}
	}
	return names, nil
}

func (in *Interp) goRepr(ctx context.Context, args []any, kw map[string]any) (any, error) {
	v, err := in.handle(args)
	if err != nil {
		return nil, err
	}
	return fmt.Sprintf("<Go %s>", v.Type()), nil
}

// errorType is the reflect type of error.
var errorType = reflect.TypeFor[error]()

// callMethod calls a Go method with asl arguments: each converted to the
// parameter's type; a last error result is returned as the error.
func callMethod(m reflect.Value, args []any) (any, error) {
	mt := m.Type()
	if mt.IsVariadic() || mt.NumIn() != len(args) {
		return nil, vm.Errorf(vm.TypeErrorType, "takes %d arguments (%d given)", mt.NumIn(), len(args))
	}
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		x, err := convertTo(a, mt.In(i))
		if err != nil {
			return nil, vm.Errorf(vm.TypeErrorType, "argument %d: %v", i+1, err)
		}
		in[i] = x
	}
	out := m.Call(in)
	if n := len(out); n > 0 && mt.Out(n-1) == errorType {
		if err, _ := out[n-1].Interface().(error); err != nil {
			return nil, err
		}
		out = out[:n-1]
	}
	switch len(out) {
	case 0:
		return nil, nil
	case 1:
		return out[0].Interface(), nil
	}
	res := make([]any, len(out))
	for i, o := range out {
		res[i] = o.Interface()
	}
	return res, nil
}

// convertTo turns a Go value that came from asl into type t.
func convertTo(a any, t reflect.Type) (reflect.Value, error) {
	if a == nil {
		switch t.Kind() {
		case reflect.Pointer, reflect.Interface, reflect.Slice, reflect.Map:
			return reflect.Zero(t), nil
		}
		return reflect.Value{}, fmt.Errorf("None is not a %s", t)
	}
	v := reflect.ValueOf(a)
	if v.Type().AssignableTo(t) {
		return v, nil
	}
	if v.Type().ConvertibleTo(t) && (v.Kind() != reflect.String || t.Kind() == reflect.String) {
		return v.Convert(t), nil
	}
	return reflect.Value{}, fmt.Errorf("a %s is not a %s", v.Type(), t)
}
