package asl

import (
	"context"
	"fmt"

	"github.com/asl-lang/asl/vm"
)

// Func is a Go function scripts call as a built-in: it gets the call's
// positional and keyword arguments as Go values (see the package comment)
// and returns a Go value or an error, which the script sees as an
// exception (RuntimeError, or the *Error's own type for an *Error it got
// from asl). A panic in it becomes a RuntimeError, not a crashed host.
type Func func(ctx context.Context, args []any, kwargs map[string]any) (any, error)

// builtin makes an asl built-in of fn.
func (in *Interp) builtin(fn Func) vm.Value {
	return vm.NewBuiltin("gofunc", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (r vm.Value, err error) {
		args := make([]any, len(a))
		for i, x := range a {
			args[i] = in.toGo(x)
		}
		var kwargs map[string]any
		if kw != nil && len(kw.Names) > 0 {
			kwargs = make(map[string]any, len(kw.Names))
			for i, k := range kw.Names {
				kwargs[k] = in.toGo(kw.Values[i])
			}
		}
		defer func() {
			if p := recover(); p != nil {
				r, err = vm.Value{}, vm.Errorf(vm.RuntimeErrorType, "Go function panicked: %v", p)
			}
		}()
		ctx := in.ctx
		if ctx == nil {
			ctx = context.Background()
		}
		out, ferr := fn(ctx, args, kwargs)
		if ferr != nil {
			return vm.Value{}, vm.Errorf(vm.RuntimeErrorType, "%s", ferr.Error())
		}
		v, cerr := in.fromGo(out)
		if cerr != nil {
			return vm.Value{}, vm.Errorf(vm.TypeErrorType, "%s", fmt.Sprint(cerr))
		}
		return v, nil
	})
}
