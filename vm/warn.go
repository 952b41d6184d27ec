package vm

import (
	"fmt"
)

// Warnings asl prints to stderr as CPython's warnings module does with its
// default filters: "file:line: Category: message", then the source line,
// once per location and message.

// warn prints a warning of category for the instruction f runs.
func (t *Thread) warn(f *frame, category, msg string) {
	line := 0
	if pc := f.pc - 1; pc >= 0 && pc < len(f.code.Lines) {
		line = int(f.code.Lines[pc])
	}
	key := fmt.Sprintf("%s:%d:%s:%s", f.code.Filename, line, category, msg)
	if t.warned[key] {
		return
	}
	if t.warned == nil {
		t.warned = map[string]bool{}
	}
	t.warned[key] = true
	fmt.Fprintf(t.Stderr, "%s:%d: %s: %s\n", f.code.Filename, line, category, msg)
	if src := t.sourceLine(f.code.Filename, line); src != "" {
		fmt.Fprintf(t.Stderr, "  %s\n", src)
	}
}

// discard drops v, the value of a call made as a statement: a coroutine
// that never started will never run, which CPython reports when it
// collects the coroutine, at once.
func (t *Thread) discard(f *frame, v Value) {
	g := v.gen()
	if g.kind != genCoroutine || g.finished || (g.ext == nil && g.started) || g.stepped {
		return
	}
	t.warn(f, "RuntimeWarning", fmt.Sprintf("coroutine '%s' was never awaited", g.qualname()))
}
