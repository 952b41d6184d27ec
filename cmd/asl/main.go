// Command asl runs asl programs. In this version it offers the front end:
// "asl ast FILE" prints the syntax tree of FILE as Python's ast.dump does.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/asl-lang/asl/ast"
	"github.com/asl-lang/asl/parser"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `usage: asl ast FILE    print the syntax tree of FILE (Python's ast.dump)
`

// run executes the command line args and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 2 && args[0] == "ast" {
		return dumpAST(args[1], stdout, stderr)
	}
	fmt.Fprint(stderr, usage)
	return 2
}

// dumpAST prints ast.Dump of the file, or its syntax error as CPython
// shows it.
func dumpAST(path string, stdout, stderr io.Writer) int {
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(stderr, "asl: can't open file '%s': %v\n", path, err)
		return 2
	}
	mod, err := parser.ParseFile(path, string(src))
	if err != nil {
		return reportError(err, stderr)
	}
	fmt.Fprintln(stdout, ast.Dump(mod))
	return 0
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
