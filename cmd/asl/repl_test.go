package main

import (
	"strings"
	"testing"
)

// TestNeedMore checks the REPL's rule for complete inputs: open brackets
// and strings, trailing backslashes and blocks not yet ended by an empty
// line ask for more; anything else (an error too) runs.
func TestNeedMore(t *testing.T) {
	for _, c := range []struct {
		lines []string
		more  bool
	}{
		{[]string{"1 + 1"}, false},
		{[]string{"x = (1,"}, true},
		{[]string{"x = (1,", " 2)"}, false},
		{[]string{`s = """abc`}, true},
		{[]string{"def f(a):"}, true},
		{[]string{"def f(a):", "    return a"}, true},
		{[]string{"def f(a):", "    return a", ""}, false},
		{[]string{"if x:  # comment"}, true},
		{[]string{"@decorator"}, true},
		{[]string{"x = 1 + \\"}, true},
		{[]string{"1 +"}, false}, // a syntax error: run it, to report it
		{[]string{"for i in range(3): print(i)", ""}, false},
	} {
		src := strings.Join(c.lines, "\n") + "\n"
		if got := needMore(src, c.lines[len(c.lines)-1]); got != c.more {
			t.Errorf("needMore(%q) = %v, want %v", src, got, c.more)
		}
	}
}
