package vm

import (
	"testing"

	"github.com/asl-lang/asl/compiler"
	"github.com/asl-lang/asl/parser"
)

// runIn compiles src and runs it with globals g on th.
func runIn(t *testing.T, th *Thread, g *Dict, src string) error {
	t.Helper()
	mod, err := parser.ParseFile("p.asl", src)
	if err != nil {
		t.Fatal(err)
	}
	code, err := compiler.Compile("p.asl", src, mod)
	if err != nil {
		t.Fatal(err)
	}
	return th.RunModule(code, g)
}

// TestVMLockHandsOver runs two CPU-bound threads of one program: the
// worker, waiting for the lock, gets it from the busy main thread after a
// switch interval, and the main thread gets it back, as under CPython's
// GIL.
func TestVMLockHandsOver(t *testing.T) {
	th := NewThread()
	g := newDict(0)
	g.SetStr("__name__", NewStr("__main__"))
	mustRun(t, th, g, "count = [0]\nstop = [False]\ndef work():\n    while not stop[0]:\n        count[0] += 1\n    return 'done'\n")
	work, _ := g.GetStr("work")
	w := th.Worker()
	done := make(chan Value, 1)
	go func() {
		r, err := w.Run(work, nil, nil)
		if err != nil {
			t.Error(err)
		}
		done <- r
	}()
	mustRun(t, th, g, "n = 0\nwhile count[0] == 0:\n    n += 1\nseen = count[0]\nstop[0] = True\n")
	var r Value
	th.Blocking(func() { r = <-done })
	if r.kind != KStr || r.str().S != "done" {
		t.Errorf("worker returned %v", r)
	}
	seen, _ := g.GetStr("seen")
	if seen.kind != KInt || seen.bits <= 0 {
		t.Errorf("the worker never ran while the main thread was busy")
	}
}

// mustRun is runIn for code that must not fail.
func mustRun(t *testing.T, th *Thread, g *Dict, src string) {
	t.Helper()
	if err := runIn(t, th, g, src); err != nil {
		t.Fatal(err)
	}
}
