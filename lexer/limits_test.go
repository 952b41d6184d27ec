package lexer

import (
	"strings"
	"testing"
)

// TestLimits checks the resource limits that keep any input from
// exhausting the parser: CPython's own (brackets, indentation) and asl's
// bound on constructs that nest without brackets.
func TestLimits(t *testing.T) {
	indent := func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(strings.Repeat(" ", i) + "if x:\n")
		}
		b.WriteString(strings.Repeat(" ", n) + "pass\n")
		return b.String()
	}
	cases := []struct {
		name, src, msg string
	}{
		{"200 brackets", "x = " + strings.Repeat("(", 200) + "a" + strings.Repeat(")", 200) + "\n", ""},
		{"201 brackets", "x = " + strings.Repeat("(", 201) + "a" + strings.Repeat(")", 201) + "\n", "too many nested parentheses"},
		{"99 indents", indent(99), ""},
		{"100 indents", indent(100), "too many levels of indentation"},
		{"1000 unary", "x = " + strings.Repeat("-", 1000) + "a\n", ""},
		{"1001 unary", "x = " + strings.Repeat("-", 1001) + "a\n", "too many nested expressions"},
		{"many binary minus", "x = [" + strings.Repeat("-1, ", 5000) + "]\n", ""},
		{"lambdas", "f = " + strings.Repeat("lambda: ", 1001) + "0\n", "too many nested expressions"},
		{"conditionals", "x = " + strings.Repeat("a if b else ", 1001) + "c\n", "too many nested expressions"},
		{"powers", "x = 2" + strings.Repeat(" ** 2", 1001) + "\n", "too many nested expressions"},
		{"limits are per line", strings.Repeat("x = "+strings.Repeat("-", 600)+"a\n", 5), ""},
	}
	for _, c := range cases {
		_, err := Tokenize("t.asl", c.src)
		got := ""
		if err != nil {
			got = err.(*Error).Msg
		}
		if got != c.msg {
			t.Errorf("%s: got %q, want %q", c.name, got, c.msg)
		}
	}
}
