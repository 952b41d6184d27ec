package main

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"
)

// TestProgramOnStdin pipes a program into asl, as `echo 'print(1)' |
// python3` runs one: with no arguments and standard input not a
// terminal, and with "-" and arguments.
func TestProgramOnStdin(t *testing.T) {
	if testing.Short() {
		t.Skip("builds asl")
	}
	bin := buildASL(t)
	for _, c := range []struct {
		args       []string
		src        string
		out, inErr string
		code       int
	}{
		{nil, "import sys\nprint(1 + 1, sys.argv)\n", "2 ['']\n", "", 0},
		{[]string{"-", "a", "b"}, "import sys\nprint(sys.argv)\n", "['-', 'a', 'b']\n", "", 0},
		{nil, "x = 1\nraise ValueError(x)\n", "", "Traceback (most recent call last):\n  File \"<stdin>\", line 2, in <module>\nValueError: 1\n", 1},
		{nil, "print('a'\n", "", "SyntaxError", 1},
	} {
		cmd := exec.Command(bin, c.args...)
		cmd.Stdin = strings.NewReader(c.src)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		if out.String() != c.out || code != c.code || !strings.Contains(errb.String(), c.inErr) {
			t.Errorf("%v %q: stdout %q status %d stderr %q; want %q, %d, stderr with %q",
				c.args, c.src, out.String(), code, errb.String(), c.out, c.code, c.inErr)
		}
	}
}
