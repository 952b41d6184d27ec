package vm

import (
	"strings"
	"testing"
)

// runSource compiles and runs src on t.
func runSource(t *testing.T, th *Thread, src string) error {
	t.Helper()
	g := newDict(0)
	g.SetStr("__name__", NewStr("__main__"))
	return runIn(t, th, g, src)
}

// TestGoPanicIsSystemError checks that a Go panic deep in nested loops (a
// generator driven by sum(), a sort key) becomes a SystemError naming an
// internal error, and that the thread can run code again afterwards.
func TestGoPanicIsSystemError(t *testing.T) {
	th := NewThread()
	var out strings.Builder
	th.Stdout = &out
	th.Builtins.SetStr("boom", NewBuiltin("boom", func(*Thread, []Value, *Kwargs) (Value, error) {
		panic("boom")
	}))
	for _, src := range []string{
		"boom()",
		"def f(x):\n    return boom()\nprint(sum(f(i) for i in range(3)))",
		"def g():\n    try:\n        sorted([3, 1], key=lambda v: boom())\n    except Exception:\n        pass\ng()",
	} {
		err := runSource(t, th, src)
		e, ok := err.(*Exception)
		if !ok || e.Value.inst().Class != SystemErrorType || !strings.Contains(e.Error(), "internal error") {
			t.Errorf("%q: got %v, want a SystemError about an internal error", src, err)
		}
		if th.depth != 0 || th.sp != 0 || th.looping {
			t.Errorf("%q: thread left at depth %d, sp %d, looping %v", src, th.depth, th.sp, th.looping)
		}
		if err := runSource(t, th, "print(sum(x * x for x in range(4)))"); err != nil {
			t.Fatalf("after %q: %v", src, err)
		}
	}
	if got := out.String(); got != "14\n14\n14\n" {
		t.Errorf("output %q", got)
	}
}
