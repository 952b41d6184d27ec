package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"

	"github.com/asl-lang/asl/compiler"
	"github.com/asl-lang/asl/parser"
	_ "github.com/asl-lang/asl/stdlib/all" // the standard library's modules
	"github.com/asl-lang/asl/vm"
)

// flushingWriter flushes standard output before anything goes to
// standard error, so the two interleave as the program wrote them.
type flushingWriter struct {
	out *bufio.Writer
	err io.Writer
}

func (w flushingWriter) Write(p []byte) (int, error) {
	w.out.Flush()
	return w.err.Write(p)
}

// codeCache is the disk cache of compiled modules that main opens; tests
// run without one.
var codeCache *diskCache

// runSource compiles and runs a program, returning the exit status.
func runSource(filename, src string, argv []string, stdout, stderr io.Writer) int {
	mod, err := parser.ParseFile(filename, src)
	if err != nil {
		return reportError(err, stderr)
	}
	code, err := compiler.Compile(filename, src, mod)
	if err != nil {
		return reportError(err, stderr)
	}
	out := bufio.NewWriterSize(stdout, 64<<10)
	defer out.Flush()
	t := vm.NewThread()
	t.Stdout = out
	t.Stderr = flushingWriter{out: out, err: stderr}
	t.Argv = argv
	t.VirtualClock = virtualClock
	t.Path = modulePath(filename)
	if codeCache != nil {
		t.Cache = codeCache
	}
	if !strings.HasPrefix(filename, "<") {
		// CPython's tracebacks show no source lines for -c and standard
		// input (<string>, <stdin>): linecache cannot find them.
		t.AddSource(filename, src)
	}
	globals := vm.NewDict().Dict()
	globals.SetStr("__name__", vm.NewStr("__main__"))
	globals.SetStr("__file__", vm.NewStr(filename))
	globals.SetStr("__doc__", vm.None)
	t.SetMain(globals)
	stop := interruptOnSIGINT(t)
	err = t.RunModule(code, globals)
	stop()
	if err == nil {
		return 0
	}
	return exitStatus(t, err, t.Stderr)
}

// modulePath is where imports look: the folder of the script (the current
// folder for -c and the REPL), then the folders listed in ASLPATH.
func modulePath(filename string) []string {
	dir := "."
	if !strings.HasPrefix(filename, "<") {
		dir = filepath.Dir(filename)
	}
	path := []string{dir}
	for _, d := range filepath.SplitList(os.Getenv("ASLPATH")) {
		if d != "" {
			path = append(path, d)
		}
	}
	return path
}

// exitStatus reports an uncaught exception as CPython does and returns
// the exit status: SystemExit's code, or 1.
func exitStatus(t *vm.Thread, err error, stderr io.Writer) int {
	exc, ok := err.(*vm.Exception)
	if !ok {
		fmt.Fprintf(stderr, "asl: %v\n", err)
		return 1
	}
	if code, isExit := vm.SystemExitCode(t, exc); isExit {
		return code
	}
	fmt.Fprint(stderr, vm.FormatTraceback(t, exc.Value))
	if vm.IsKeyboardInterrupt(exc) {
		return 130 // CPython exits as if killed by SIGINT
	}
	return 1
}

// runFile runs a program file.
func runFile(path string, args []string, stdout, stderr io.Writer) int {
	src, code := readSource(path, stderr)
	if code != 0 {
		return code
	}
	return runSource(path, src, append([]string{path}, args...), stdout, stderr)
}

// interruptOnSIGINT makes Ctrl-C raise KeyboardInterrupt in the program at
// its next backward jump or call, as CPython's default handler does,
// except while asyncio.run handles SIGINT itself. The function it returns
// stops that.
func interruptOnSIGINT(t *vm.Thread) (stop func()) {
	intr := t.Interrupter()
	return onSIGINT(func() {
		if !t.SigintOwned.Load() {
			intr()
		}
	})
}

// onSIGINT calls fn, on a goroutine of its own, at each SIGINT until the
// function it returns is called.
func onSIGINT(fn func()) (stop func()) {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-sigs:
				fn()
			case <-done:
				return
			}
		}
	}()
	return func() {
		signal.Stop(sigs)
		close(done)
	}
}
