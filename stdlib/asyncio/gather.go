package asyncio

import (
	"slices"
	"unsafe"

	"github.com/asl-lang/asl/vm"
)

// gather is _asyncio.gather(args, return_exceptions, ensure_future,
// outer_class): asyncio.gather's children and their done callbacks in Go,
// with CPython 3.11's rules. It returns the outer future (an instance of
// outer_class, gather's _GatheringFuture), or None when a child is not
// one of asl's futures (the asl gather then does the work).
func (st *modState) gather(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 6 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "gather(args, return_exceptions, ensure_future, outer_class, task_class, get_event_loop)")
	}
	taskCls, getLoop := a[4], a[5]
	args, _ := vm.Seq(a[0])
	retExc, err := t.Truth(a[1])
	if err != nil {
		return vm.Value{}, err
	}
	ensure := a[2]
	outerCls, ok := a[3].AsClass()
	if !ok {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "gather: not a class")
	}
	var (
		g         *goLoop
		loopV     = vm.None
		children  = make([]vm.Value, 0, len(args))
		kids      = make([]*future, 0, len(args))
		seen      map[any]vm.Value // arguments given twice share a child
		nfuts     int
		nfinished int
		outer     *future
	)
	done := func(fut *future) error {
		nfinished++
		fut.logTB = false // gather retrieves every child's exception
		if outer == nil || outer.state != pending {
			return nil
		}
		if !retExc {
			if fut.state == cancelled {
				return outer.setException(t, fut.makeCancelledError())
			}
			if fut.hasExc {
				return outer.setException(t, fut.result)
			}
		}
		if nfinished < nfuts {
			return nil
		}
		results := make([]vm.Value, len(kids))
		for i, k := range kids {
			switch {
			case k.state == cancelled:
				msg := k.cancelMessage()
				if msg.IsNone() {
					msg = vm.NewStr("")
				}
				e, _ := vm.ExceptionValue(vm.NewException(st.cancelledError, msg))
				results[i] = e
			case k.hasExc:
				results[i] = k.result
			default:
				results[i] = k.result
			}
		}
		req, err := t.GetAttr(outer.self, "_cancel_requested")
		if err != nil {
			return err
		}
		if r, _ := t.Truth(req); r {
			return outer.setException(t, fut.makeCancelledError())
		}
		return outer.setResult(t, vm.NewList(results))
	}
	if repeats(args) {
		seen = map[any]vm.Value{}
	}
	for _, arg := range args {
		key := arg.Ptr()
		if fv, ok := seen[key]; ok && key != nil {
			children = append(children, fv)
			kids = append(kids, (*future)(vm.Native(fv)))
			continue
		}
		var fv vm.Value
		if arg.Kind() == vm.KGen && vm.TypeOf(arg) == vm.CoroutineType {
			// A coroutine: its task, as ensure_future would make it.
			if loopV.IsNone() {
				if loopV, err = t.Call(getLoop, nil, nil); err != nil {
					return vm.Value{}, err
				}
			}
			if fv, err = st.loopTask(t, taskCls, arg, loopV); err != nil {
				return vm.Value{}, err
			}
		} else if fv, err = t.Call(ensure, []vm.Value{arg}, &vm.Kwargs{Names: []string{"loop"}, Values: []vm.Value{loopV}}); err != nil {
			return vm.Value{}, err
		}
		p := vm.Native(fv)
		if p == nil {
			return vm.None, nil
		}
		f := (*future)(p)
		if g == nil {
			g = f.g
			loopV = f.g.loopV
		}
		nfuts++
		if seen != nil {
			seen[key] = fv
		}
		if f.state != pending {
			ff := f
			g.l.Soon(func() { g.handle(t, done(ff), vm.None) })
		} else {
			f.callbacks = append(f.callbacks, callback{gofn: done})
		}
		children = append(children, fv)
		kids = append(kids, f)
	}
	ov := vm.NewObject(outerCls)
	outer = &future{self: ov, g: g, result: vm.None}
	vm.SetNativeIn(ov, unsafe.Pointer(outer), &outer.slot)
	for _, kv := range [][2]vm.Value{{vm.NewStr("_children"), vm.NewList(children)}, {vm.NewStr("_cancel_requested"), vm.Bool(false)}} {
		if err := t.SetAttr(ov, kv[0].S(), kv[1]); err != nil {
			return vm.Value{}, err
		}
	}
	return ov, nil
}

// loopTask is loop.create_task(coro): in Go when the loop has no task
// factory, else through the loop's method.
func (st *modState) loopTask(t *vm.Thread, taskCls, coro, loop vm.Value) (vm.Value, error) {
	if f, err := t.GetAttrName(loop, st.names.taskFactory); err == nil && f.IsNone() {
		return st.newTask(t, []vm.Value{taskCls, coro, loop, vm.None}, nil)
	}
	return callMethod(t, loop, "create_task", coro)
}

// repeats reports whether an object appears twice among args.
func repeats(args []vm.Value) bool {
	if len(args) < 2 {
		return false
	}
	ptrs := make([]uintptr, 0, len(args))
	for _, a := range args {
		if p := a.Pointer(); p != 0 {
			ptrs = append(ptrs, p)
		}
	}
	slices.Sort(ptrs)
	for i := 1; i < len(ptrs); i++ {
		if ptrs[i] == ptrs[i-1] {
			return true
		}
	}
	return false
}
