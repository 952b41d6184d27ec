package asyncio

import (
	"unsafe"

	"github.com/asl-lang/asl/vm"
)

// queue is the Go state of an asyncio.Queue: the items (for Queue itself;
// PriorityQueue and LifoQueue keep theirs in asl through _init/_get/_put),
// the futures of waiting getters and putters, and the task_done count.
type queue struct {
	slot       vm.Value
	self       vm.Value
	items      []vm.Value
	head       int
	custom     bool // the class defines _put/_get: items live in asl
	getters    []*future
	putters    []*future
	maxsize    int64
	unfinished int64
	finished   vm.Value // the Event join() waits on
}

func (st *modState) queueOf(v vm.Value) (*queue, error) {
	if p := vm.Native(v); p != nil {
		return (*queue)(p), nil
	}
	return nil, vm.Errorf(vm.TypeErrorType, "'%s' object is not an initialized asyncio Queue", vm.TypeName(v))
}

func (q *queue) qsize(t *vm.Thread) (int64, error) {
	if !q.custom {
		return int64(len(q.items) - q.head), nil
	}
	items, err := t.GetAttr(q.self, "_queue")
	if err != nil {
		return 0, err
	}
	if s, ok := vm.Seq(items); ok {
		return int64(len(s)), nil
	}
	n, err := callMethod(t, items, "__len__")
	if err != nil {
		return 0, err
	}
	return n.I(), nil
}

func (q *queue) full(t *vm.Thread) (bool, error) {
	if q.maxsize <= 0 {
		return false, nil
	}
	n, err := q.qsize(t)
	return n >= q.maxsize, err
}

func (q *queue) empty(t *vm.Thread) (bool, error) {
	n, err := q.qsize(t)
	return n == 0, err
}

// wakeupNext wakes the first waiter that is not done yet.
func wakeupNext(t *vm.Thread, waiters *[]*future) {
	for len(*waiters) > 0 {
		w := (*waiters)[0]
		(*waiters)[0] = nil
		*waiters = (*waiters)[1:]
		if w.state == pending {
			_ = w.setResult(t, vm.None)
			break
		}
	}
}

// remove takes w out of waiters if it is there.
func remove(waiters *[]*future, w *future) {
	for i, x := range *waiters {
		if x == w {
			*waiters = append((*waiters)[:i], (*waiters)[i+1:]...)
			return
		}
	}
}

func (st *modState) putNowait(t *vm.Thread, q *queue, item vm.Value) error {
	full, err := q.full(t)
	if err != nil {
		return err
	}
	if full {
		return vm.NewException(st.queueFull)
	}
	if q.custom {
		if _, err := callMethod(t, q.self, "_put", item); err != nil {
			return err
		}
	} else {
		if q.head > 32 && q.head*2 > len(q.items) {
			n := copy(q.items, q.items[q.head:])
			clear(q.items[n:])
			q.items, q.head = q.items[:n], 0
		}
		q.items = append(q.items, item)
	}
	q.unfinished++
	if err := t.SetAttr(q.finished, "_value", vm.False); err != nil { // Event.clear()
		return err
	}
	wakeupNext(t, &q.getters)
	return nil
}

func (st *modState) getNowait(t *vm.Thread, q *queue) (vm.Value, error) {
	empty, err := q.empty(t)
	if err != nil {
		return vm.Value{}, err
	}
	if empty {
		return vm.Value{}, vm.NewException(st.queueEmpty)
	}
	var item vm.Value
	if q.custom {
		if item, err = callMethod(t, q.self, "_get"); err != nil {
			return vm.Value{}, err
		}
	} else {
		item = q.items[q.head]
		q.items[q.head] = vm.Value{}
		q.head++
		if q.head == len(q.items) {
			q.items, q.head = q.items[:0], 0
		}
	}
	wakeupNext(t, &q.putters)
	return item, nil
}

// waiter makes the future a blocked put or get waits on, bound to the
// queue's loop as _LoopBoundMixin binds it.
func (st *modState) waiter(t *vm.Thread, q *queue) (*future, error) {
	loop, err := callMethod(t, q.self, "_get_loop")
	if err != nil {
		return nil, err
	}
	g, err := st.loopOf(t, loop)
	if err != nil {
		return nil, err
	}
	return st.newFuture(t, g, loop)
}

// queueOp is the coroutine of put (isPut) or get: wait while the queue
// is full (empty), then put_nowait (get_nowait), as CPython 3.11's. The
// coroutine object is part of it: one allocation per call.
type queueOp struct {
	vm.Coroutine
	st    *modState
	q     *queue
	item  vm.Value
	w     *future // the future a blocked call waits on
	isPut bool
}

func (st *modState) blockingOp(q *queue, isPut bool, item vm.Value) vm.Value {
	op := &queueOp{st: st, q: q, isPut: isPut, item: item}
	if isPut {
		return op.Start("put", op)
	}
	return op.Start("get", op)
}

// waiters are the futures of the calls blocked as op would be.
func (op *queueOp) waiters() *[]*future {
	if op.isPut {
		return &op.q.putters
	}
	return &op.q.getters
}

// blocked says whether op must wait: the queue is full for a put, empty
// for a get.
func (op *queueOp) blocked(t *vm.Thread) (bool, error) {
	if op.isPut {
		return op.q.full(t)
	}
	return op.q.empty(t)
}

// Step runs the coroutine up to its next wait, or to its end.
func (op *queueOp) Step(t *vm.Thread, sent vm.Value, exc error) (vm.Value, bool, error) {
	if exc != nil {
		if cw := op.w; cw != nil {
			op.w = nil
			cw.cancel(t, vm.None)
			remove(op.waiters(), cw)
			blocked, err := op.blocked(t)
			if err != nil {
				return vm.Value{}, false, err
			}
			if !blocked && cw.state != cancelled {
				wakeupNext(t, op.waiters())
			}
		}
		return vm.Value{}, false, exc
	}
	op.w = nil
	blocked, err := op.blocked(t)
	if err != nil {
		return vm.Value{}, false, err
	}
	if blocked {
		w, err := op.st.waiter(t, op.q)
		if err != nil {
			return vm.Value{}, false, err
		}
		op.w = w
		ws := op.waiters()
		*ws = append(*ws, w)
		w.blocking = true
		return w.self, true, nil
	}
	if op.isPut {
		item := op.item
		op.item = vm.Value{}
		return vm.None, false, op.st.putNowait(t, op.q, item)
	}
	r, err := op.st.getNowait(t, op.q)
	return r, false, err
}

// queueMethods are asyncio.Queue's methods written in Go (queues.asl).
func (st *modState) queueMethods() map[string]vm.BuiltinFunc {
	self := func(a []vm.Value, n int, name string) (*queue, error) {
		if len(a) != n+1 {
			return nil, vm.Errorf(vm.TypeErrorType, "%s() takes %d arguments (%d given)", name, n, len(a)-1)
		}
		return st.queueOf(a[0])
	}
	return map[string]vm.BuiltinFunc{
		// _qinit(self, maxsize, finished_event)
		"_qinit": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			if len(a) != 3 {
				return vm.Value{}, vm.Errorf(vm.TypeErrorType, "_qinit(self, maxsize, finished)")
			}
			q := &queue{self: a[0], finished: a[2]}
			if vm.IsInt(a[1]) {
				q.maxsize = a[1].I()
			}
			_, q.custom = vm.TypeOf(a[0]).Lookup("_put")
			vm.SetNativeIn(a[0], unsafe.Pointer(q), &q.slot)
			return vm.None, nil
		},
		"qsize": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			q, err := self(a, 0, "qsize")
			if err != nil {
				return vm.Value{}, err
			}
			n, err := q.qsize(t)
			return vm.Int(n), err
		},
		"empty": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			q, err := self(a, 0, "empty")
			if err != nil {
				return vm.Value{}, err
			}
			b, err := q.empty(t)
			return vm.Bool(b), err
		},
		"full": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			q, err := self(a, 0, "full")
			if err != nil {
				return vm.Value{}, err
			}
			b, err := q.full(t)
			return vm.Bool(b), err
		},
		"put_nowait": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			q, err := self(a, 1, "put_nowait")
			if err != nil {
				return vm.Value{}, err
			}
			return vm.None, st.putNowait(t, q, a[1])
		},
		"get_nowait": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			q, err := self(a, 0, "get_nowait")
			if err != nil {
				return vm.Value{}, err
			}
			return st.getNowait(t, q)
		},
		"put": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			q, err := self(a, 1, "put")
			if err != nil {
				return vm.Value{}, err
			}
			return st.blockingOp(q, true, a[1]), nil
		},
		"get": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			q, err := self(a, 0, "get")
			if err != nil {
				return vm.Value{}, err
			}
			return st.blockingOp(q, false, vm.None), nil
		},
		"task_done": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			q, err := self(a, 0, "task_done")
			if err != nil {
				return vm.Value{}, err
			}
			if q.unfinished <= 0 {
				return vm.Value{}, vm.Errorf(vm.ValueErrorType, "task_done() called too many times")
			}
			q.unfinished--
			if q.unfinished == 0 {
				if _, err := callMethod(t, q.finished, "set"); err != nil {
					return vm.Value{}, err
				}
			}
			return vm.None, nil
		},
		// _qstate(self, what): the internals repr and join read.
		"_qstate": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			q, err := self(a, 1, "_qstate")
			if err != nil {
				return vm.Value{}, err
			}
			futs := func(ws []*future) vm.Value {
				out := make([]vm.Value, len(ws))
				for i, w := range ws {
					out[i] = w.self
				}
				return vm.NewList(out)
			}
			switch a[1].S() {
			case "maxsize":
				return vm.Int(q.maxsize), nil
			case "unfinished":
				return vm.Int(q.unfinished), nil
			case "finished":
				return q.finished, nil
			case "getters":
				return futs(q.getters), nil
			case "putters":
				return futs(q.putters), nil
			case "items":
				return vm.NewList(append([]vm.Value(nil), q.items[q.head:]...)), nil
			}
			return vm.None, nil
		},
	}
}
