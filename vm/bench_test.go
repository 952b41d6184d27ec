package vm

import (
	"testing"

	"github.com/asl-lang/asl/compiler"
	"github.com/asl-lang/asl/parser"
)

const benchSrc = `
def int_loop(n):
    total = 0
    i = 0
    while i < n:
        total += i * 2 - 1
        i += 1
    return total

def add(a, b):
    return a + b

def call_loop(n):
    total = 0
    i = 0
    while i < n:
        total = add(total, i)
        i += 1
    return total
`

// benchThread compiles benchSrc and returns a thread and its globals.
func benchThread(tb testing.TB) (*Thread, *Dict) {
	mod, err := parser.ParseFile("bench.asl", benchSrc)
	if err != nil {
		tb.Fatal(err)
	}
	code, err := compiler.Compile("bench.asl", benchSrc, mod)
	if err != nil {
		tb.Fatal(err)
	}
	t := NewThread()
	g := newDict(0)
	g.SetStr("__name__", NewStr("bench"))
	if err := t.RunModule(code, g); err != nil {
		tb.Fatal(err)
	}
	return t, g
}

func benchCall(b *testing.B, name string, n int64, want int64) {
	t, g := benchThread(b)
	fn, _ := g.GetStr(name)
	args := []Value{Int(n)}
	b.ReportAllocs()
	for b.Loop() {
		r, err := t.call(fn, args, nil)
		if err != nil || r.I() != want {
			b.Fatalf("%s(%d) = %v, %v", name, n, r, err)
		}
	}
}

// BenchmarkIntLoop runs 1,000 iterations of integer arithmetic: it must
// not allocate.
func BenchmarkIntLoop(b *testing.B) { benchCall(b, "int_loop", 1000, 998000) }

// BenchmarkCallLoop makes 1,000 calls of a two-argument function.
func BenchmarkCallLoop(b *testing.B) { benchCall(b, "call_loop", 1000, 499500) }

// TestIntLoopDoesNotAllocate pins the value representation's promise.
func TestIntLoopDoesNotAllocate(t *testing.T) {
	th, g := benchThread(t)
	fn, _ := g.GetStr("int_loop")
	args := []Value{Int(1000)}
	allocs := testing.AllocsPerRun(20, func() {
		if _, err := th.call(fn, args, nil); err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 0 {
		t.Errorf("int loop allocates %v times per call", allocs)
	}
}
