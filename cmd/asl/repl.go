package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"

	"github.com/chzyer/readline"

	"github.com/asl-lang/asl/compiler"
	"github.com/asl-lang/asl/parser"
	"github.com/asl-lang/asl/stdlib/asyncio"
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
	// The session's event loop, as in `python -m asyncio`: inputs run as
	// tasks on it, and it keeps turning while the REPL waits for input,
	// so tasks started at the prompt go on in the background.
	loop      *asyncio.Loop
	runUntil  vm.Value // the loop's run_until_complete
	interrupt func()   // raises KeyboardInterrupt in the running code
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
// status (0 at Ctrl-D, SystemExit's code for exit()). With a file (asl -i
// FILE ARGS), the file runs first as __main__ and the REPL goes on in its
// namespace, even when it raised.
func runREPL(file string, args []string, stdout, stderr io.Writer) int {
	r := &repl{}
	rl, err := readline.NewEx(&readline.Config{
		Prompt:          ">>> ",
		HistoryFile:     historyPath(),
		InterruptPrompt: "^C",
		EOFPrompt:       "",
		AutoComplete:    completer{r},
	})
	if err != nil {
		fmt.Fprintf(stderr, "asl: cannot open the terminal: %v\n", err)
		return 1
	}
	defer rl.Close()
	r.rl, r.stderr = rl, rl.Stderr()
	r.t = vm.NewThread()
	r.t.Stdout, r.t.Stderr = rl.Stdout(), rl.Stderr()
	r.t.Argv = []string{""}
	if file != "" {
		r.t.Argv = append([]string{file}, args...)
	}
	r.t.VirtualClock = virtualClock
	r.t.Path = modulePath("<stdin>")
	if file != "" {
		r.t.Path = modulePath(file)
	}
	if codeCache != nil {
		r.t.Cache = codeCache
	}
	r.globals = vm.NewDict().Dict()
	r.globals.SetStr("__name__", vm.NewStr("__main__"))
	r.globals.SetStr("__doc__", vm.None)
	r.t.SetMain(r.globals)
	r.interrupt = r.t.Interrupter()
	if file != "" {
		if code, exit := r.runFile(file); exit {
			return code
		}
	}
	if err := r.startLoop(); err != nil {
		fmt.Fprintf(stderr, "asl: cannot start the event loop: %v\n", err)
		return 1
	}
	if file == "" { // python3 -i prints no banner either
		r.banner()
	}
	return r.inputs()
}

// banner greets the user.
func (r *repl) banner() {
	fmt.Fprintf(r.rl.Stdout(), "asl %s (a Python 3.11 dialect, %s) on %s\n"+
		"Type Ctrl-D or exit() to leave. Use \"await\" directly: an event loop runs the session.\n",
		version, runtime.Version(), runtime.GOOS)
}

// runFile runs the file of asl -i in the session's namespace; an uncaught
// exception is reported and the REPL goes on, as python3 -i does.
func (r *repl) runFile(file string) (code int, exit bool) {
	src, status := readSource(file, r.stderr)
	if status != 0 {
		return status, true
	}
	r.globals.SetStr("__file__", vm.NewStr(file))
	mod, err := parser.ParseFile(file, src)
	if err != nil {
		reportError(err, r.stderr)
		return 0, false
	}
	c, err := compiler.Compile(file, src, mod)
	if err != nil {
		reportError(err, r.stderr)
		return 0, false
	}
	r.t.AddSource(file, src)
	if err := r.t.RunModule(c, r.globals); err != nil {
		if exc, ok := err.(*vm.Exception); ok {
			if code, isExit := vm.SystemExitCode(r.t, exc); isExit {
				return code, true
			}
			fmt.Fprint(r.stderr, vm.FormatTraceback(r.t, exc.Value))
		} else {
			fmt.Fprintf(r.stderr, "asl: %v\n", err)
		}
	}
	return 0, false
}

// startLoop makes the session's event loop and imports asyncio into the
// namespace, as `python -m asyncio` does.
func (r *repl) startLoop() error {
	mod, err := r.t.Import("asyncio")
	if err != nil {
		return err
	}
	r.globals.SetStr("asyncio", mod)
	newLoop, err := r.t.GetAttr(mod, "new_event_loop")
	if err != nil {
		return err
	}
	loopV, err := r.t.Call(newLoop, nil, nil)
	if err != nil {
		return err
	}
	setLoop, err := r.t.GetAttr(mod, "set_event_loop")
	if err != nil {
		return err
	}
	if _, err := r.t.Call(setLoop, []vm.Value{loopV}, nil); err != nil {
		return err
	}
	if r.runUntil, err = r.t.GetAttr(loopV, "run_until_complete"); err != nil {
		return err
	}
	r.loop, err = asyncio.LoopOf(r.t, loopV)
	return err
}

// readLine reads one line at the prompt while the loop turns: readline
// runs on its own goroutine and hands the line to the loop.
func (r *repl) readLine() (string, error) {
	fut, err := r.loop.NewFuture()
	if err != nil {
		return "", err
	}
	var line string
	var rerr error
	end := r.loop.Begin()
	go func() {
		l, e := r.rl.Readline()
		end()
		r.loop.Post(func() error {
			line, rerr = l, e
			fut.Resolve(vm.None)
			return nil
		})
	}()
	if _, err := r.t.Call(r.runUntil, []vm.Value{fut.Value()}, nil); err != nil {
		return "", err
	}
	return line, rerr
}

// inputs reads and runs inputs until Ctrl-D or exit().
func (r *repl) inputs() int {
	var buf []string
	for {
		if len(buf) == 0 {
			r.rl.SetPrompt(">>> ")
		} else {
			r.rl.SetPrompt("... ")
		}
		line, err := r.readLine()
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
	echo := mod.CaptureLastExpr(replResult)
	c, err := compiler.CompileInteractive("<stdin>", src, mod)
	if err != nil {
		reportError(err, r.stderr)
		return 0, false
	}
	// Every input runs as a task of the session's loop, so that it can
	// await, and start tasks that go on after it.
	c.Coroutine = true
	coro, err := r.t.ModuleCoroutine(c, r.globals)
	if err == nil {
		err = r.runTask(coro)
	}
	if err != nil {
		r.forget()
		if exc, ok := err.(*vm.Exception); ok {
			if code, isExit := vm.SystemExitCode(r.t, exc); isExit {
				return code, true
			}
			fmt.Fprint(r.stderr, userTraceback(vm.FormatTraceback(r.t, exc.Value)))
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

// runTask runs an input's coroutine as a task of the session's loop to
// its end. Ctrl-C meanwhile interrupts it: KeyboardInterrupt is raised in
// the code running, or, when the task waits, the task is cancelled and
// KeyboardInterrupt raised in its place.
func (r *repl) runTask(coro vm.Value) error {
	task, err := r.loop.Spawn(coro)
	if err != nil {
		return err
	}
	r.t.ClearInterrupt()
	// An interrupt that no bytecode takes (the task waits) cancels the
	// task instead, as asyncio.run does for an embedder's interrupts.
	cancel := r.cancelOf(task)
	r.t.OnInterrupt(func() {
		r.loop.Post(func() error {
			if r.t.TakeInterrupt() {
				_, err := r.t.Call(cancel, nil, nil)
				return err
			}
			return nil
		})
	})
	var hit atomic.Bool
	stop := onSIGINT(func() {
		hit.Store(true)
		r.interrupt()
	})
	_, err = r.t.Call(r.runUntil, []vm.Value{task}, nil)
	stop()
	r.t.OnInterrupt(nil)
	r.t.ClearInterrupt()
	if err != nil && hit.Load() && !isKeyboardInterrupt(err) {
		// The task was cancelled while it waited.
		return vm.NewException(vm.KeyboardInterruptType)
	}
	return err
}

// cancelOf is task.cancel.
func (r *repl) cancelOf(task vm.Value) vm.Value {
	m, err := r.t.GetAttr(task, "cancel")
	if err != nil {
		return vm.None
	}
	return m
}

// isKeyboardInterrupt reports whether err is a KeyboardInterrupt.
func isKeyboardInterrupt(err error) bool {
	exc, ok := err.(*vm.Exception)
	return ok && vm.IsKeyboardInterrupt(exc)
}

// userTraceback drops the frames of the asyncio module that ran the input
// (run_until_complete and the task) from a traceback's text, as the
// asyncio REPL shows only the input's own frames.
func userTraceback(tb string) string {
	lines := strings.Split(tb, "\n")
	out := lines[:0]
	for i := 0; i < len(lines); i++ {
		if strings.HasPrefix(lines[i], `  File "<asyncio>"`) {
			if i+1 < len(lines) && strings.HasPrefix(lines[i+1], "    ") {
				i++
			}
			continue
		}
		out = append(out, lines[i])
	}
	if len(out) > 0 && strings.HasPrefix(out[0], "Traceback") && (len(out) < 2 || !strings.HasPrefix(out[1], "  File")) {
		out = out[1:] // no frames left: the exception alone
	}
	return strings.Join(out, "\n")
}
