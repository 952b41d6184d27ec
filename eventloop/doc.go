// Package eventloop is asl's Go-level scheduler, in the manner of CPython's
// asyncio base event loop: a FIFO queue of ready callbacks, a heap of
// timers ordered by deadline and then by the order they were scheduled, and
// an inbox that goroutines post completions to, which wakes the loop.
//
// One goroutine runs the loop (Run, RunOnce); everything the loop calls runs
// on it, so the code it schedules is single-threaded. Only Post, Go and Stop
// may be called from other goroutines.
//
// A loop made with Virtual(true) has a virtual clock: real time with the
// waiting taken out. When nothing is ready and no goroutine work is
// outstanding, time jumps to the next deadline instead of sleeping, so
// timers fire at once and in order while Time advances by the time
// skipped; code that keeps running (a loop of sleep(0)) still sees time
// pass as it really does. While goroutine work is outstanding the clock
// runs at real speed, so timers and that work keep their real order.
//
// The package knows nothing of asl's VM: it schedules Go functions, and
// stdlib/asyncio builds futures and tasks on it.
package eventloop
