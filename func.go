package asl

import (
	"context"
	"fmt"

	"github.com/asl-lang/asl/stdlib/asyncio"
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
		args, kwargs := in.goArgs(a, kw)
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
			if _, ok := vm.ExceptionValue(ferr); ok {
				return vm.Value{}, ferr // an asl exception: raised as it is
			}
			return vm.Value{}, vm.Errorf(vm.RuntimeErrorType, "%s", ferr.Error())
		}
		v, cerr := in.fromGo(out)
		if cerr != nil {
			return vm.Value{}, vm.Errorf(vm.TypeErrorType, "%s", fmt.Sprint(cerr))
		}
		return v, nil
	})
}

// AsyncFunc is a Go function scripts await: each call runs it on its own
// goroutine and returns an asyncio future of its result, so many calls
// proceed at once while the event loop goes on (the call needs a running
// loop, as any awaitable does). Errors and panics come back as exceptions
// raised by the await.
type AsyncFunc func(ctx context.Context, args []any, kwargs map[string]any) (any, error)

// asyncBuiltin makes an asl built-in of fn that returns a future.
func (in *Interp) asyncBuiltin(fn AsyncFunc) vm.Value {
	return vm.NewBuiltin("goasync", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		args, kwargs := in.goArgs(a, kw)
		loop, err := asyncio.RunningLoop(t)
		if err != nil {
			return vm.Value{}, err
		}
		ctx := in.ctx
		if ctx == nil {
			ctx = context.Background()
		}
		fut, err := loop.Go(func() (r any, err error) {
			defer func() {
				if p := recover(); p != nil {
					r, err = nil, vm.Errorf(vm.RuntimeErrorType, "Go function panicked: %v", p)
				}
			}()
			r, err = fn(ctx, args, kwargs)
			if err != nil {
				if _, ok := vm.ExceptionValue(err); !ok {
					err = vm.Errorf(vm.RuntimeErrorType, "%s", err.Error())
				}
			}
			return r, err
		}, func(t *vm.Thread, r any) (vm.Value, error) {
			v, err := in.fromGo(r)
			if err != nil {
				return vm.Value{}, vm.Errorf(vm.TypeErrorType, "%s", err.Error())
			}
			return v, nil
		})
		if err != nil {
			return vm.Value{}, err
		}
		return fut.Value(), nil
	})
}

// goArgs converts a built-in call's arguments to Go values.
func (in *Interp) goArgs(a []vm.Value, kw *vm.Kwargs) ([]any, map[string]any) {
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
	return args, kwargs
}
