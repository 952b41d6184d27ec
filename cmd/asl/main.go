// Command asl runs asl programs. In this version it offers the front end:
// "asl ast FILE" prints the syntax tree of FILE as Python's ast.dump does.
package main

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/asl-lang/asl/ast"
	"github.com/asl-lang/asl/compiler"
	"github.com/asl-lang/asl/parser"
)

func main() {
	// An interpreter allocates many small objects that die young: trading
	// memory for fewer collections makes scripts markedly faster. GOGC,
	// when set, still wins.
	if os.Getenv("GOGC") == "" {
		startGCTuner() // see gctune.go
	}
	codeCache = openDiskCache()
	if path := os.Getenv("ASL_CPUPROFILE"); path != "" {
		// For developers: profile the interpreter itself.
		if f, err := os.Create(path); err == nil {
			pprof.StartCPUProfile(f)
			code := run(os.Args[1:], os.Stdout, os.Stderr)
			pprof.StopCPUProfile()
			f.Close()
			os.Exit(code)
		}
	}
	code := run(os.Args[1:], os.Stdout, os.Stderr)
	if path := os.Getenv("ASL_MEMPROFILE"); path != "" {
		// For developers: where the interpreter allocates.
		if f, err := os.Create(path); err == nil {
			pprof.Lookup("allocs").WriteTo(f, 0)
			f.Close()
		}
	}
	exit(code)
}

// exit ends the process with the status; 130, a KeyboardInterrupt, ends it
// as CPython does, by SIGINT itself (the shell then reports 130).
func exit(code int) {
	if code == 130 {
		signal.Reset(os.Interrupt)
		if p, err := os.FindProcess(os.Getpid()); err == nil && p.Signal(os.Interrupt) == nil {
			time.Sleep(time.Second)
		}
	}
	os.Exit(code)
}

const usage = `usage: asl [--virtual-clock] FILE [ARG...]   run FILE
       asl [--virtual-clock] -c CODE [ARG...]  run CODE
       asl [--virtual-clock] [- [ARG...]]      run the program on standard input
       asl [--virtual-clock] -i FILE [ARG...]  run FILE, then the REPL in its namespace
       asl                                     the REPL (on a terminal)
       asl ast FILE          print the syntax tree of FILE (Python's ast.dump)
       asl disasm FILE       print the bytecode of FILE
`

// virtualClock runs asyncio's loops on the virtual clock (--virtual-clock):
// sleeps and timeouts complete at once, in deadline order.
var virtualClock bool

// run executes the command line args and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	for len(args) > 0 && args[0] == "--virtual-clock" {
		virtualClock = true
		args = args[1:]
	}
	if len(args) == 2 && args[0] == "ast" {
		return dumpAST(args[1], stdout, stderr)
	}
	if len(args) == 2 && args[0] == "disasm" {
		return disasm(args[1], stdout, stderr)
	}
	if len(args) >= 2 && args[0] == "-i" {
		return runREPL(args[1], args[2:], stdout, stderr)
	}
	if len(args) >= 2 && args[0] == "-c" {
		return runSource("<string>", args[1], append([]string{"-c"}, args[2:]...), stdout, stderr)
	}
	if len(args) >= 1 && !strings.HasPrefix(args[0], "-") {
		return runFile(args[0], args[1:], stdout, stderr)
	}
	if (len(args) == 0 && !stdinIsTerminal()) || (len(args) >= 1 && args[0] == "-") {
		// A program on standard input, as `echo 'print(1)' | python3`.
		argv := []string{""}
		if len(args) > 0 {
			argv = append([]string{"-"}, args[1:]...)
		}
		src, err := io.ReadAll(os.Stdin)
		if err != nil {
			fmt.Fprintf(stderr, "asl: can't read standard input: %v\n", err)
			return 2
		}
		return runSource("<stdin>", string(src), argv, stdout, stderr)
	}
	if len(args) == 0 {
		return runREPL("", nil, stdout, stderr)
	}
	fmt.Fprint(stderr, usage)
	return 2
}

// stdinIsTerminal reports whether standard input is a terminal.
func stdinIsTerminal() bool {
	fi, err := os.Stdin.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// dumpAST prints ast.Dump of the file, or its syntax error as CPython
// shows it.
func dumpAST(path string, stdout, stderr io.Writer) int {
	src, status := readSource(path, stderr)
	if status != 0 {
		return status
	}
	mod, err := parser.ParseFile(path, src)
	if err != nil {
		return reportError(err, stderr)
	}
	fmt.Fprintln(stdout, ast.Dump(mod))
	return 0
}

// disasm prints the bytecode of a file.
func disasm(path string, stdout, stderr io.Writer) int {
	src, status := readSource(path, stderr)
	if status != 0 {
		return status
	}
	mod, err := parser.ParseFile(path, src)
	if err != nil {
		return reportError(err, stderr)
	}
	code, err := compiler.Compile(path, src, mod)
	if err != nil {
		return reportError(err, stderr)
	}
	compiler.Disassemble(stdout, code)
	return 0
}

// check parses and checks src the way CPython compiles a file before
// running it.
func check(filename, src string) error {
	mod, err := parser.ParseFile(filename, src)
	if err != nil {
		return err
	}
	return compiler.Check(filename, src, mod)
}

// reportError prints err as CPython prints an uncaught exception at
// compile time and returns exit status 1.
func reportError(err error, stderr io.Writer) int {
	if se, ok := parser.AsSyntaxError(err); ok {
		fmt.Fprint(stderr, se.Format())
		return 1
	}
	fmt.Fprintf(stderr, "asl: %v\n", err)
	return 1
}
