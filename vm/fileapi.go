package vm

import (
	"bufio"
	"io"
	"os"
)

// This file is the part of the VM that file I/O (stdlib/io, sys.stdin)
// needs: the standard input that input() reads, and imports from Go.

// StdinReader is the buffered standard input that input() reads from;
// sys.stdin reads from the same buffer, so the two can be mixed.
func StdinReader() *bufio.Reader {
	if stdin == nil {
		stdin = bufio.NewReader(os.Stdin)
	}
	return stdin
}

// SetStdin makes input() and sys.stdin read from r (tests feed programs
// their input this way).
func SetStdin(r io.Reader) { stdin = bufio.NewReader(r) }

// Import imports a module by its dotted name, as an import statement
// does, and returns it.
func (t *Thread) Import(name string) (Value, error) { return t.importPath(name) }

// input() raises EOFError at the end of standard input, and IOError and
// EnvironmentError are OSError's old names: programs catch them by name.
func init() {
	RegisterBuiltin("EOFError", ClassValue(EOFErrorType))
	RegisterBuiltin("IOError", ClassValue(OSErrorType))
	RegisterBuiltin("EnvironmentError", ClassValue(OSErrorType))
}
