package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/chzyer/readline"

	"github.com/asl-lang/asl/ast"
	"github.com/asl-lang/asl/compiler"
	"github.com/asl-lang/asl/parser"
	"github.com/asl-lang/asl/vm"
)

// version is what the REPL's banner says asl is.
const version = "0.5"

// replResult is the hidden global an interactive expression's value goes
// through on its way to the echo.
const replResult = "__asl_repl_value__"

// repl is an interactive session: one thread and one namespace for all
// the inputs.
type repl struct {
	t       *vm.Thread
	globals *vm.Dict
	rl      *readline.Instance
	stderr  io.Writer
}

// historyPath is where the REPL keeps its history: $ASL_HISTORY, else
// ~/.asl_history.
func historyPath() string {
	if p := os.Getenv("ASL_HISTORY"); p != "" {
		return p
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return filepath.Join(home, ".asl_history")
}

// runREPL runs the interactive loop on the terminal; it returns the exit
// status (0 at Ctrl-D, SystemExit's code for exit()).
func runREPL(stdout, stderr io.Writer) int {
	rl, err := readline.NewEx(&readline.Config{
		Prompt:          ">>> ",
		HistoryFile:     historyPath(),
		InterruptPrompt: "^C",
		EOFPrompt:       "",
	})
	if err != nil {
		fmt.Fprintf(stderr, "asl: cannot open the terminal: %v\n", err)
		return 1
	}
	defer rl.Close()
	r := &repl{rl: rl, stderr: rl.Stderr()}
	r.t = vm.NewThread()
	r.t.Stdout, r.t.Stderr = rl.Stdout(), rl.Stderr()
	r.t.Argv = []string{""}
	r.t.VirtualClock = virtualClock
	r.t.Path = modulePath("<stdin>")
	if codeCache != nil {
		r.t.Cache = codeCache
	}
	r.globals = vm.NewDict().Dict()
	r.globals.SetStr("__name__", vm.NewStr("__main__"))
	r.globals.SetStr("__doc__", vm.None)
	r.t.SetMain(r.globals)
	fmt.Fprintf(rl.Stdout(), "asl %s (a Python 3.11 dialect, %s) on %s\nType Ctrl-D or exit() to leave.\n",
		version, runtime.Version(), runtime.GOOS)
	return r.loop()
}

// loop reads inputs until Ctrl-D or exit().
func (r *repl) loop() int {
	var buf []string
	for {
		if len(buf) == 0 {
			r.rl.SetPrompt(">>> ")
		} else {
			r.rl.SetPrompt("... ")
		}
		line, err := r.rl.Readline()
		if errors.Is(err, readline.ErrInterrupt) {
			// Ctrl-C at the prompt drops what was typed.
			buf = buf[:0]
			fmt.Fprintln(r.stderr, "KeyboardInterrupt")
			continue
		}
		if err != nil { // Ctrl-D
			fmt.Fprintln(r.rl.Stdout())
			return 0
		}
		buf = append(buf, line)
		src := strings.Join(buf, "\n") + "\n"
		if needMore(src, line) {
			continue
		}
		buf = buf[:0]
		if strings.TrimSpace(src) == "" {
			continue
		}
		if code, exit := r.run(src); exit {
			return code
		}
	}
}

// needMore reports whether src (whose last line is last) is an unfinished
// input: an open bracket or string, a trailing backslash, or a compound
// statement not yet ended by an empty line (CPython's codeop rules).
func needMore(src, last string) bool {
	if strings.HasSuffix(strings.TrimRight(last, " \t"), "\\") {
		return true
	}
	first := strings.TrimSpace(strings.SplitN(src, "\n", 2)[0])
	block := strings.HasSuffix(stripComment(first), ":") || strings.HasPrefix(first, "@")
	if block && strings.TrimSpace(last) != "" {
		return true
	}
	_, err := parser.ParseFile("<stdin>", src)
	if err == nil {
		return false
	}
	msg := err.Error()
	for _, open := range []string{"was never closed", "unterminated triple-quoted string", "expected an indented block", "unexpected EOF"} {
		if strings.Contains(msg, open) {
			return true
		}
	}
	return false
}

// stripComment drops a trailing # comment from a line (a rough cut that
// ignores # inside strings, enough to see a block's colon).
func stripComment(line string) string {
	if i := strings.Index(line, "#"); i >= 0 && !strings.ContainsAny(line[:i], "'\"") {
		line = line[:i]
	}
	return strings.TrimSpace(line)
}

// run compiles and runs one input in the session's namespace. When it
// ends with an expression, its value is echoed as repr and kept in
// builtins._, as CPython's interactive mode does. exit is set when the
// input raised SystemExit.
func (r *repl) run(src string) (code int, exit bool) {
	mod, err := parser.ParseFile("<stdin>", src)
	if err != nil {
		reportError(err, r.stderr)
		return 0, false
	}
	echo := false
	if n := len(mod.Body); n > 0 {
		if es, ok := mod.Body[n-1].(*ast.ExprStmt); ok {
			mod.Body[n-1] = &ast.Assign{
				Pos:     es.Pos,
				Targets: []ast.Expr{&ast.Name{Pos: es.Pos, Id: replResult, Ctx: ast.Store}},
				Value:   es.Value,
			}
			echo = true
		}
	}
	c, err := compiler.Compile("<stdin>", src, mod)
	if err != nil {
		reportError(err, r.stderr)
		return 0, false
	}
	err = r.t.RunModule(c, r.globals)
	if err != nil {
		r.forget()
		if exc, ok := err.(*vm.Exception); ok {
			if code, isExit := vm.SystemExitCode(r.t, exc); isExit {
				return code, true
			}
			fmt.Fprint(r.stderr, vm.FormatTraceback(r.t, exc.Value))
			return 0, false
		}
		fmt.Fprintf(r.stderr, "asl: %v\n", err)
		return 0, false
	}
	if !echo {
		return 0, false
	}
	v, _ := r.globals.GetStr(replResult)
	r.forget()
	if v.IsNone() {
		return 0, false
	}
	r.t.Builtins.SetStr("_", v)
	s, err := r.t.Repr(v)
	if err != nil {
		if exc, ok := err.(*vm.Exception); ok {
			fmt.Fprint(r.stderr, vm.FormatTraceback(r.t, exc.Value))
		}
		return 0, false
	}
	fmt.Fprintln(r.t.Stdout, s)
	return 0, false
}

// forget removes the hidden result name from the namespace.
func (r *repl) forget() {
	_, _ = r.globals.Delete(r.t, vm.NewStr(replResult))
}
