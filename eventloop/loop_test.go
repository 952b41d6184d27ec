package eventloop

import (
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"
)

// drain turns the loop until it is idle.
func drain(t *testing.T, l *Loop) {
	t.Helper()
	for i := 0; !l.Idle(); i++ {
		if i > 100000 {
			t.Fatal("loop never went idle")
		}
		l.RunOnce()
	}
}

func TestCallSoonRunsInOrderOnTheNextTurn(t *testing.T) {
	l := New()
	var got []string
	l.CallSoon(func() {
		got = append(got, "a")
		l.CallSoon(func() { got = append(got, "c") }) // next turn
	})
	l.CallSoon(func() { got = append(got, "b") })
	l.RunOnce()
	if !reflect.DeepEqual(got, []string{"a", "b"}) {
		t.Fatalf("first turn ran %v", got)
	}
	l.RunOnce()
	if !reflect.DeepEqual(got, []string{"a", "b", "c"}) {
		t.Fatalf("second turn ran %v", got)
	}
}

func TestTimersByDeadlineThenScheduling(t *testing.T) {
	l := New(Virtual(true))
	var got []string
	add := func(name string, d float64) { l.CallLater(d, func() { got = append(got, name) }) }
	add("late", 0.3)
	add("early", 0.1)
	add("tie1", 0.2)
	add("tie2", 0.2)
	add("now", 0)
	drain(t, l)
	want := []string{"now", "early", "tie1", "tie2", "late"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if tm := l.Time(); tm < 0.3 || tm > 0.5 {
		t.Fatalf("virtual time %v after the last timer", tm)
	}
}

func TestReadyCallbacksRunBeforeTimersDueLater(t *testing.T) {
	l := New(Virtual(true))
	var got []string
	l.CallLater(0.01, func() { got = append(got, "timer") })
	var chain func(n int)
	chain = func(n int) {
		got = append(got, fmt.Sprint(n))
		if n < 3 {
			l.CallSoon(func() { chain(n + 1) })
		}
	}
	l.CallSoon(func() { chain(1) })
	drain(t, l)
	want := []string{"1", "2", "3", "timer"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

func TestCancel(t *testing.T) {
	l := New(Virtual(true))
	ran := 0
	h := l.CallSoon(func() { ran++ })
	tm := l.CallLater(1, func() { ran++ })
	h.Cancel()
	tm.Cancel()
	if !h.Cancelled() || !tm.Cancelled() {
		t.Fatal("handles do not report cancellation")
	}
	drain(t, l)
	if ran != 0 {
		t.Fatalf("cancelled callbacks ran %d times", ran)
	}
	if l.Time() > 0.5 {
		t.Fatalf("a cancelled timer moved the virtual clock to %v", l.Time())
	}
}

func TestManyCancelledTimersAreDropped(t *testing.T) {
	l := New(Virtual(true))
	var hs []*Handle
	for i := 0; i < 1000; i++ {
		hs = append(hs, l.CallLater(float64(i+1), func() {}))
	}
	for _, h := range hs[:900] {
		h.Cancel()
	}
	l.dropCancelledTimers()
	if len(l.timers) != 100 {
		t.Fatalf("%d timers left, want 100", len(l.timers))
	}
	drain(t, l)
	if tm := l.Time(); tm < 1000 || tm > 1000.5 {
		t.Fatalf("time %v, want 1000", tm)
	}
}

func TestPostFromGoroutinesWakesTheLoop(t *testing.T) {
	l := New()
	const n = 50
	var mu sync.Mutex
	count := 0
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Millisecond)
			l.Post(func() {
				mu.Lock()
				count++
				c := count
				mu.Unlock()
				if c == n {
					l.Stop()
				}
			})
		}()
	}
	done := make(chan error)
	go func() { done <- l.Run() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the loop did not wake for posted work")
	}
	wg.Wait()
	if count != n {
		t.Fatalf("ran %d posted callbacks, want %d", count, n)
	}
}

func TestRealTimers(t *testing.T) {
	l := New()
	start := time.Now()
	var at time.Duration
	l.CallLater(0.05, func() { at = time.Since(start); l.Stop() })
	if err := l.Run(); err != nil {
		t.Fatal(err)
	}
	if at < 45*time.Millisecond || at > 2*time.Second {
		t.Fatalf("a 50 ms timer fired after %v", at)
	}
}

func TestVirtualClockWaitsForGoroutineWork(t *testing.T) {
	l := New(Virtual(true))
	var got []string
	l.CallLater(10, func() { got = append(got, "timer") })
	l.Go(func() any { time.Sleep(20 * time.Millisecond); return "io" }, func(r any) {
		got = append(got, r.(string))
	})
	drain(t, l)
	want := []string{"io", "timer"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	end := l.Begin()
	if l.Idle() {
		t.Fatal("loop idle with work begun")
	}
	end()
	end()
	if !l.Idle() {
		t.Fatal("loop busy after the work ended")
	}
}

func TestStopRunAndClose(t *testing.T) {
	l := New(Virtual(true))
	turns := 0
	var tick func()
	tick = func() {
		turns++
		if turns == 3 {
			l.Stop()
		}
		l.CallSoon(tick)
	}
	l.CallSoon(tick)
	if err := l.Run(); err != nil {
		t.Fatal(err)
	}
	if turns != 3 {
		t.Fatalf("Run took %d turns, want 3", turns)
	}
	if l.IsRunning() {
		t.Fatal("running after Run returned")
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if err := l.Run(); err != ErrClosed {
		t.Fatalf("Run on a closed loop: %v", err)
	}
	if !l.IsClosed() {
		t.Fatal("IsClosed false after Close")
	}
}

func TestRunRefusesReentry(t *testing.T) {
	l := New(Virtual(true))
	var err error
	l.CallSoon(func() { err = l.Run(); l.Stop() })
	if e := l.Run(); e != nil {
		t.Fatal(e)
	}
	if err != ErrRunning {
		t.Fatalf("nested Run: %v", err)
	}
}

func BenchmarkCallSoon(b *testing.B) {
	l := New()
	for i := 0; i < b.N; i++ {
		l.CallSoon(func() {})
		if len(l.ready) >= 1024 {
			l.RunOnce()
		}
	}
	l.RunOnce()
}

func BenchmarkTimers(b *testing.B) {
	l := New(Virtual(true))
	for i := 0; i < b.N; i++ {
		l.CallLater(float64(i%1000)/1000, func() {})
		if len(l.timers) >= 1024 {
			for !l.Idle() {
				l.RunOnce()
			}
		}
	}
}
