package eventloop

import "container/heap"

// Handle is a scheduled callback: one from CallSoon, or a timer from
// CallAt/CallLater. Cancel keeps it from running.
type Handle struct {
	fn        func()
	r         Runner  // the callback when fn is nil
	when      float64 // deadline of a timer, in loop time
	seq       uint64  // scheduling order: ties on when run in this order
	index     int     // position in the timer heap; -1 when not in it
	cancelled bool
	timer     bool
}

// Cancel keeps the callback from running; it is a no-op once it has run.
// It must be called on the loop's goroutine.
func (h *Handle) Cancel() { h.cancelled = true; h.fn, h.r = nil, nil }

// run runs the callback unless it was cancelled or has run.
func (h *Handle) run() {
	if h.cancelled {
		return
	}
	fn, r := h.fn, h.r
	h.fn, h.r = nil, nil
	if fn != nil {
		fn()
	} else if r != nil {
		r.Run()
	}
}

// Runner is a callback as an object (see SoonRunner and ScheduleSoon).
type Runner interface{ Run() }

// entry is a callback in the ready queue: a Handle, a plain function, or
// a Runner.
type entry struct {
	h  *Handle
	fn func()
	r  Runner
}

// Cancelled reports whether Cancel was called.
func (h *Handle) Cancelled() bool { return h.cancelled }

// When is a timer's deadline in loop time (0 for CallSoon handles).
func (h *Handle) When() float64 { return h.when }

// timerHeap orders timers by deadline, then by scheduling order.
type timerHeap []*Handle

func (q timerHeap) Len() int { return len(q) }

func (q timerHeap) Less(i, j int) bool {
	if q[i].when != q[j].when {
		return q[i].when < q[j].when
	}
	return q[i].seq < q[j].seq
}

func (q timerHeap) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index, q[j].index = i, j
}

func (q *timerHeap) Push(x any) {
	h := x.(*Handle)
	h.index = len(*q)
	*q = append(*q, h)
}

func (q *timerHeap) Pop() any {
	old := *q
	n := len(old)
	h := old[n-1]
	old[n-1] = nil
	h.index = -1
	*q = old[:n-1]
	return h
}

// pushTimer adds a timer to the heap.
func (l *Loop) pushTimer(h *Handle) { heap.Push(&l.timers, h) }

// dropCancelledTimers removes cancelled timers from the top of the heap, and
// rebuilds the heap when cancelled ones are most of it (as CPython does).
func (l *Loop) dropCancelledTimers() {
	cancelled := 0
	for _, h := range l.timers {
		if h.cancelled {
			cancelled++
		}
	}
	if cancelled > 100 && cancelled*2 > len(l.timers) {
		live := l.timers[:0]
		for _, h := range l.timers {
			if !h.cancelled {
				live = append(live, h)
			} else {
				h.index = -1
			}
		}
		for i := len(live); i < len(l.timers); i++ {
			l.timers[i] = nil
		}
		l.timers = live
		for i, h := range l.timers {
			h.index = i
		}
		heap.Init(&l.timers)
		return
	}
	for len(l.timers) > 0 && l.timers[0].cancelled {
		heap.Pop(&l.timers)
	}
}
