package eventloop

import (
	"container/heap"
	"errors"
	"sync"
	"time"
)

// virtualSlack is how late after its deadline a virtual clock's turn
// takes timers to be, as a real loop's wake-up is.
const virtualSlack = 1e-3

// ErrClosed is returned by Run on a closed loop.
var ErrClosed = errors.New("eventloop: the loop is closed")

// ErrRunning is returned by Run on a loop that is already running.
var ErrRunning = errors.New("eventloop: the loop is already running")

// Loop is an event loop. Make one with New.
type Loop struct {
	ready   []entry // FIFO: runs in order of scheduling
	timers  timerHeap
	seq     uint64
	virtual bool
	skipped float64   // the virtual clock: seconds skipped instead of waited
	start   time.Time // the real clock's origin
	running bool
	closed  bool
	abort   bool // RunOnce stops after the running callback
	// blocker wraps the loop's waits (see SetBlocker).
	blocker func(wait func())

	mu       sync.Mutex
	inbox    []func() // posted by goroutines, run on the loop
	wake     chan struct{}
	stopping bool
	pending  int // goroutine work started with Go and not yet posted back
}

// Option configures a loop.
type Option func(*Loop)

// Virtual chooses the virtual clock.
func Virtual(on bool) Option { return func(l *Loop) { l.virtual = on } }

// New makes a loop.
func New(opts ...Option) *Loop {
	l := &Loop{start: time.Now(), wake: make(chan struct{}, 1)}
	for _, o := range opts {
		o(l)
	}
	return l
}

// SetBlocker makes the loop call blocker(wait) rather than wait() each
// time it blocks for work or a deadline: a VM lets go of its lock for the
// wait so that its worker goroutines run meanwhile.
func (l *Loop) SetBlocker(blocker func(wait func())) { l.blocker = blocker }

// IsVirtual reports whether the loop runs on the virtual clock.
func (l *Loop) IsVirtual() bool { return l.virtual }

// Time is the loop's clock in seconds: monotonic, from an arbitrary origin.
func (l *Loop) Time() float64 {
	return time.Since(l.start).Seconds() + l.skipped
}

// CallSoon schedules fn to run on a later turn of the loop, after the
// callbacks already scheduled.
func (l *Loop) CallSoon(fn func()) *Handle {
	l.seq++
	h := &Handle{fn: fn, seq: l.seq, index: -1}
	l.ready = append(l.ready, entry{h: h})
	return h
}

// Soon is CallSoon for a callback that is never cancelled: no Handle.
func (l *Loop) Soon(fn func()) { l.ready = append(l.ready, entry{fn: fn}) }

// SoonRunner is Soon for a callback that is an object's Run method, with
// no allocation (a method value would make one).
func (l *Loop) SoonRunner(r Runner) { l.ready = append(l.ready, entry{r: r}) }

// ScheduleSoon is CallSoon with a Handle the caller provides (one embedded
// in its own state) and a Runner: the handle is reset and scheduled.
func (l *Loop) ScheduleSoon(h *Handle, r Runner) {
	l.seq++
	*h = Handle{r: r, seq: l.seq, index: -1}
	l.ready = append(l.ready, entry{h: h})
}

// ScheduleAt is CallAt with a Handle the caller provides and a Runner.
func (l *Loop) ScheduleAt(h *Handle, when float64, r Runner) {
	l.seq++
	*h = Handle{r: r, when: when, seq: l.seq, timer: true}
	l.pushTimer(h)
}

// CallAt schedules fn to run at loop time when (seconds, as Time).
func (l *Loop) CallAt(when float64, fn func()) *Handle {
	l.seq++
	h := &Handle{fn: fn, when: when, seq: l.seq, timer: true}
	l.pushTimer(h)
	return h
}

// CallLater schedules fn to run delay seconds from now.
func (l *Loop) CallLater(delay float64, fn func()) *Handle {
	return l.CallAt(l.Time()+delay, fn)
}

// Post runs fn on the loop's goroutine on its next turn. It is safe from
// any goroutine and wakes a loop blocked waiting for work or a deadline.
func (l *Loop) Post(fn func()) {
	l.mu.Lock()
	l.inbox = append(l.inbox, fn)
	l.mu.Unlock()
	l.signal()
}

// Go runs work on a new goroutine and then done on the loop with work's
// result. Until then the virtual clock runs at the speed of the real one,
// since the work takes real time.
func (l *Loop) Go(work func() any, done func(any)) {
	l.mu.Lock()
	l.pending++
	l.mu.Unlock()
	go func() {
		r := work()
		l.mu.Lock()
		l.pending--
		l.inbox = append(l.inbox, func() { done(r) })
		l.mu.Unlock()
		l.signal()
	}()
}

// Begin notes goroutine work that will end with a Post, and returns the
// function that notes its end (call it before posting the completion).
// While such work is outstanding the virtual clock runs at real speed.
func (l *Loop) Begin() (end func()) {
	l.mu.Lock()
	l.pending++
	l.mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			l.mu.Lock()
			l.pending--
			l.mu.Unlock()
			l.signal()
		})
	}
}

// Stop makes Run return after the current turn. Safe from any goroutine.
func (l *Loop) Stop() {
	l.mu.Lock()
	l.stopping = true
	l.mu.Unlock()
	l.signal()
}

func (l *Loop) signal() {
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

// Run turns the loop until Stop is called.
func (l *Loop) Run() error {
	if l.closed {
		return ErrClosed
	}
	if l.running {
		return ErrRunning
	}
	l.running = true
	defer func() {
		l.running = false
		l.mu.Lock()
		l.stopping = false
		l.mu.Unlock()
	}()
	for {
		l.RunOnce()
		l.mu.Lock()
		stop := l.stopping
		l.mu.Unlock()
		if stop {
			return nil
		}
	}
}

// IsRunning reports whether Run is turning the loop.
func (l *Loop) IsRunning() bool { return l.running }

// Idle reports whether the loop has nothing to do: no ready callbacks, no
// live timers, no posted completions and no outstanding goroutine work.
func (l *Loop) Idle() bool {
	l.dropCancelledTimers()
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.ready) == 0 && len(l.timers) == 0 && len(l.inbox) == 0 && l.pending == 0
}

// RunOnce is one turn of the loop, as CPython's _run_once: wait for
// completions until the first deadline (not at all when callbacks are
// ready), take the completions, move the due timers to the ready queue, and
// run the callbacks that were ready when the turn began.
func (l *Loop) RunOnce() {
	l.dropCancelledTimers()
	l.mu.Lock()
	hurry := len(l.ready) > 0 || len(l.inbox) > 0 || l.stopping
	pending := l.pending
	l.mu.Unlock()
	if !hurry {
		if l.blocker != nil {
			l.blocker(func() { l.wait(pending) })
		} else {
			l.wait(pending)
		}
	}
	l.takeInbox()
	l.moveDueTimers()
	n := len(l.ready)
	i := 0
	for i < n && !l.abort {
		e := l.ready[i]
		l.ready[i] = entry{}
		i++
		switch {
		case e.h != nil:
			e.h.run()
		case e.fn != nil:
			e.fn()
		default:
			e.r.Run()
		}
	}
	l.abort = false
	l.ready = append(l.ready[:0], l.ready[i:]...)
}

// Abort ends the current turn after the running callback: the callbacks
// not yet run stay first in the ready queue (an exception escaping a
// callback stops the loop this way).
func (l *Loop) Abort() { l.abort = true }

// ClearStop forgets a Stop, for callers that turn the loop with RunOnce.
func (l *Loop) ClearStop() {
	l.mu.Lock()
	l.stopping = false
	l.mu.Unlock()
}

// wait blocks until a completion is posted or the first deadline comes.
func (l *Loop) wait(pending int) {
	if len(l.timers) == 0 {
		if pending == 0 && l.virtual {
			return // nothing can ever happen: let the caller see it idle
		}
		<-l.wake
		return
	}
	if l.virtual && pending == 0 {
		if d := l.timers[0].when - l.Time(); d > 0 {
			l.skipped += d
		}
		return
	}
	d := l.timers[0].when - l.Time()
	if d <= 0 {
		return
	}
	t := time.NewTimer(time.Duration(d * float64(time.Second)))
	select {
	case <-l.wake:
	case <-t.C:
	}
	t.Stop()
}

// takeInbox moves posted completions to the ready queue.
func (l *Loop) takeInbox() {
	l.mu.Lock()
	in := l.inbox
	l.inbox = nil
	l.mu.Unlock()
	for _, fn := range in {
		l.CallSoon(fn)
	}
}

// moveDueTimers moves the timers whose deadline has come to the ready queue.
func (l *Loop) moveDueTimers() {
	now := l.Time() + 1e-9
	if l.virtual {
		// A real loop wakes a little after the deadline it slept until,
		// and runs the timers due by then; the virtual clock, which lands
		// on the deadline exactly, takes those within a millisecond.
		now += virtualSlack
	}
	for len(l.timers) > 0 {
		h := l.timers[0]
		if h.cancelled {
			heap.Pop(&l.timers)
			continue
		}
		if h.when > now {
			break
		}
		heap.Pop(&l.timers)
		l.ready = append(l.ready, entry{h: h})
	}
}

// Close ends the loop: it drops what is scheduled. Run refuses a closed loop.
func (l *Loop) Close() error {
	if l.running {
		return ErrRunning
	}
	l.closed = true
	l.ready, l.timers = nil, nil
	l.mu.Lock()
	l.inbox = nil
	l.mu.Unlock()
	return nil
}

// IsClosed reports whether Close was called.
func (l *Loop) IsClosed() bool { return l.closed }
