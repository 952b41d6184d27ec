package asyncio

import (
	"strconv"

	"github.com/asl-lang/asl/vm"
)

// taskMethods are the methods asyncio.Task adds in Go (tasks.asl).
func (st *modState) taskMethods() map[string]vm.BuiltinFunc {
	self := func(a []vm.Value, name string) (*future, error) {
		if len(a) < 1 {
			return nil, vm.Errorf(vm.TypeErrorType, "%s() needs a Task", name)
		}
		f, err := st.futureOf(a[0])
		if err == nil && f.task == nil {
			err = vm.Errorf(vm.TypeErrorType, "%s() needs a Task", name)
		}
		return f, err
	}
	return map[string]vm.BuiltinFunc{
		"cancelling": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			f, err := self(a, "cancelling")
			if err != nil {
				return vm.Value{}, err
			}
			return vm.Int(int64(f.task.numCancels)), nil
		},
		"uncancel": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			f, err := self(a, "uncancel")
			if err != nil {
				return vm.Value{}, err
			}
			if f.task.numCancels > 0 {
				f.task.numCancels--
			}
			return vm.Int(int64(f.task.numCancels)), nil
		},
		"get_name": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			f, err := self(a, "get_name")
			if err != nil {
				return vm.Value{}, err
			}
			tk := f.task
			if tk.name.Kind() == vm.KInt {
				tk.name = vm.NewStr("Task-" + strconv.FormatInt(tk.name.I(), 10))
			}
			return tk.name, nil
		},
		"set_name": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			f, err := self(a, "set_name")
			if err != nil {
				return vm.Value{}, err
			}
			if len(a) != 2 {
				return vm.Value{}, vm.Errorf(vm.TypeErrorType, "set_name() takes exactly one argument (%d given)", len(a)-1)
			}
			name := a[1]
			if name.Kind() != vm.KStr {
				if name, err = t.Call(vm.ClassValue(vm.StrType), []vm.Value{name}, nil); err != nil {
					return vm.Value{}, err
				}
			}
			f.task.name = name
			return vm.None, nil
		},
		"get_coro": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			f, err := self(a, "get_coro")
			if err != nil {
				return vm.Value{}, err
			}
			return f.task.coro, nil
		},
		// _tstate(self, what) reads the internals repr shows.
		"_tstate": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			f, err := self(a, "_tstate")
			if err != nil || len(a) != 2 {
				return vm.Value{}, err
			}
			switch a[1].S() {
			case "must_cancel":
				return vm.Bool(f.task.mustCancel), nil
			case "waiter":
				if f.task.hasWaiter && f.task.waiterV.Kind() != vm.KOther {
					return f.task.waiterV, nil
				}
			case "waiter_repr":
				// A sleep's future has no asl object: show it as CPython
				// shows the future its sleep awaits.
				if f.task.hasWaiter {
					if w := f.task.waiter(); w != nil && f.task.waiterV.Kind() == vm.KOther {
						return vm.NewStr(w.sleepRepr()), nil
					}
					r, err := t.Repr(f.task.waiterV)
					return vm.NewStr(r), err
				}
			}
			return vm.None, nil
		},
	}
}

// currentTask is _asyncio.current_task(loop).
func (st *modState) currentTask(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	g, err := st.loopOf(t, a[0])
	if err != nil {
		return vm.Value{}, err
	}
	if g.current == nil {
		return vm.None, nil
	}
	return g.current.self, nil
}

// allTasks is _asyncio.all_tasks(loop): the loop's pending tasks in the
// order they were made (CPython's set of them happens to iterate so).
func (st *modState) allTasks(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	g, err := st.loopOf(t, a[0])
	if err != nil {
		return vm.Value{}, err
	}
	g.pruneTasks()
	out := make([]vm.Value, len(g.tasks))
	for i, f := range g.tasks {
		out[i] = f.self
	}
	return vm.NewList(out), nil
}

// pruneTasks drops the finished tasks from the loop's list.
func (g *goLoop) pruneTasks() {
	live := g.tasks[:0]
	for _, f := range g.tasks {
		if f.state == pending {
			live = append(live, f)
		}
	}
	clear(g.tasks[len(live):])
	g.tasks = live
	g.tasksCap = max(64, 2*len(live))
}

// addTask notes a new task; the list is pruned whenever it has doubled
// since the last pruning, so finished tasks never pile up (amortized
// constant time per task).
func (g *goLoop) addTask(f *future) {
	if len(g.tasks) >= g.tasksCap {
		g.pruneTasks()
	}
	g.tasks = append(g.tasks, f)
}
