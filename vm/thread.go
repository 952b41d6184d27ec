package vm

import (
	"io"
	"os"
	"strings"
	"sync/atomic"
)

// unbound marks a local variable that has no value yet.
var unbound = Value{kind: KUnbound}

// KUnbound is the kind of an unassigned local; it never escapes a frame.
const KUnbound = KEllipsis + 1

// frame is one activation of a code object. Its registers are a window of
// the thread's register stack, or a generator's own slice.
type frame struct {
	code    *Code
	fn      *Function
	regs    []Value
	base    int // offset of regs in the thread stack (-1 for generators)
	pc      int
	cells   []*Cell
	globals *Dict
	locals  *Dict // class bodies and module level
	parent  *frame
	retReg  int  // where the caller wants the result
	stop    bool // return to the Go caller when this frame returns
	handled []Value
	gen     *Generator
	// initSelf is the instance being built when this frame runs __init__
	// for a class call (None otherwise).
	initSelf Value
	// yieldFrom: the frame is suspended in a yield from, which resumes by
	// running the YIELDFROM instruction again.
	yieldFrom bool
	// discard: the caller does not want the result (a property setter).
	discard bool
	// special is set with gen, stop, initSelf or discard: RETURN then
	// takes its general path.
	special bool
	// nextFree links the thread's finished frames.
	nextFree *frame
}

// Thread runs asl code: one per interpreter, one goroutine at a time.
type Thread struct {
	// spareRangeIter is an exhausted private range iterator to reuse.
	spareRangeIter *Iterator
	// initArgs is initFrame's scratch slice for self and the arguments.
	initArgs []Value
	stack    []Value
	sp       int // first free register of the stack
	depth    int
	MaxDepth int
	Stdout   io.Writer
	Stderr   io.Writer
	Builtins *Dict
	sources  map[string][]string
	handled  []Value // exceptions being handled, innermost last
	// AsyncGenFirstIter, when set, is called with each async generator
	// the first time it is iterated (sys.set_asyncgen_hooks' firstiter):
	// asyncio keeps them to close them when its loop shuts down.
	AsyncGenFirstIter func(agen Value)
	// VirtualClock makes asyncio's loops run on a virtual clock: sleeps
	// and timeouts complete at once, in deadline order.
	VirtualClock bool
	modules      *Dict // sys.modules (see Modules)
	// modState holds built-in modules' Go state (ModuleState), shared
	// with worker threads.
	modState *map[any]any
	Argv     []string
	// Path lists the folders where imports look for .asl files and
	// package folders, in order (sys.path): the script's, then ASLPATH's.
	Path    []string
	cur     *frame // the frame calling a built-in (for super())
	free    *frame // finished frames to reuse
	looping bool   // a loop runs: nested runs need no recover of their own
	// Budget, when positive, is how many more loop iterations and calls
	// the thread may make before it stops the program (a step bound for
	// untrusted code and fuzzing); zero or less means no bound. Once it
	// runs out it stays at 1 and every further step fails too (see spend).
	Budget int64
	gil    *gil // the VM lock, once the program has worker threads
	// poll: tick has work beyond the budget (a VM lock to hand over, or
	// interrupts to take), checked with the budget at backward jumps.
	poll   bool
	intr   *interrupt      // asked for by the functions of Interrupter and InterruptWith
	warned map[string]bool // warnings printed, by location and message
	// Cache, when set, keeps compiled modules between runs.
	Cache CodeCache
	// Deny lists the capabilities the program may not use (see Require);
	// the zero value allows all.
	Deny Capability
	// SigintOwned is set while something else handles SIGINT for the
	// program (asyncio.run cancels its main task): the asl command then
	// leaves KeyboardInterrupt to it.
	SigintOwned atomic.Bool
}

// errBudget is the error of a program stopped by its step budget.
func errBudget() error { return Errorf(RuntimeErrorType, "step budget exhausted") }

// spend takes one step from the budget, reporting whether it ran out.
// A spent budget stays at one step, which every later spend takes and
// gives back, so all later steps fail as well: a program that catches the
// budget error cannot run on without a bound.
func (t *Thread) spend() bool {
	if t.Budget <= 0 {
		return false
	}
	t.Budget--
	if t.Budget == 0 {
		t.Budget = 1
		return true
	}
	return false
}

// NewThread makes a thread with the built-ins installed.
func NewThread() *Thread {
	t := &Thread{
		stack:    make([]Value, 1<<12),
		MaxDepth: 1000,
		Stdout:   os.Stdout,
		Stderr:   os.Stderr,
		sources:  map[string][]string{},
	}
	t.Builtins = builtinDict()
	return t
}

// AddSource registers the text of a file for tracebacks.
func (t *Thread) AddSource(filename, src string) {
	t.sources[filename] = strings.Split(src, "\n")
}

// sourceLine returns a line of a registered file, stripped.
func (t *Thread) sourceLine(filename string, n int) string {
	lines := t.sources[filename]
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[n-1])
}

// ensureStack grows the register stack to hold n more registers above sp.
func (t *Thread) ensureStack(top int) {
	if top <= len(t.stack) {
		return
	}
	n := len(t.stack) * 2
	for n < top {
		n *= 2
	}
	s := make([]Value, n)
	copy(s, t.stack)
	t.stack = s
}
