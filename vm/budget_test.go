package vm

import (
	"strings"
	"testing"
	"time"

	"github.com/asl-lang/asl/compiler"
	"github.com/asl-lang/asl/parser"
)

// runBudget runs src under a step budget and returns its error.
func runBudget(tb testing.TB, src string, budget int64) error {
	tb.Helper()
	mod, err := parser.ParseFile("budget.asl", src)
	if err != nil {
		tb.Fatal(err)
	}
	code, err := compiler.Compile("budget.asl", src, mod)
	if err != nil {
		tb.Fatal(err)
	}
	t := NewThread()
	t.Stdout, t.Stderr = discard{}, discard{}
	t.Budget = budget
	g := newDict(0)
	g.SetStr("__name__", NewStr("__main__"))
	return t.RunModule(code, g)
}

// sharedTuples builds two equal tuples of 2^60 leaves by memoized
// recursion: small in memory, exponential to walk.
const sharedTuples = `
def build(leaf):
    t = leaf
    for i in range(60):
        t = (t, t)
    return t
t = build(0)
t2 = build(0)
`

// TestBudgetBoundsRecursiveOperations checks that hash, ==, < and repr of
// deeply shared containers spend the step budget, so a budgeted program
// stops with the budget error quickly instead of running for ages.
func TestBudgetBoundsRecursiveOperations(t *testing.T) {
	for _, op := range []string{
		"hash(t)",
		"t == t2",
		"t != t2",
		"t < t2",
		"t <= t2",
		"repr(t)",
		"str([t])",
		"{t: 1}",
		"t in [t2]",
		"sorted([t, t2])",
		"f = frozenset([0])\nfor i in range(60):\n    f = frozenset([f, (f,)])\nhash(f)",
		"d = {}\nd2 = {}\nfor i in range(60):\n    d = {'a': d, 'b': d}\n    d2 = {'a': d2, 'b': d2}\nd == d2",
		// The error cannot be caught to run on unbounded.
		"try:\n    hash(t)\nexcept RuntimeError:\n    pass\nwhile True:\n    pass",
	} {
		start := time.Now()
		err := runBudget(t, sharedTuples+op+"\n", 20000)
		if elapsed := time.Since(start); elapsed > time.Second {
			t.Errorf("%q took %v under a budget", op, elapsed)
		}
		if err == nil || !strings.Contains(err.Error(), "step budget exhausted") {
			t.Errorf("%q: got %v, want the budget error", op, err)
		}
	}
}

// TestNoBudgetNoBound checks that without a budget the same operations on
// small shared structures run to their result.
func TestNoBudgetNoBound(t *testing.T) {
	src := `
t = 0
t2 = 0
for i in range(12):
    t = (t, t)
    t2 = (t2, t2)
assert t == t2 and hash(t) == hash(t2) and not (t < t2)
assert len(repr(t)) == len(repr(t2)) > 4096
`
	if err := runBudget(t, src, 0); err != nil {
		t.Fatal(err)
	}
}
