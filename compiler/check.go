// Package compiler turns a syntax tree into bytecode. Its first stage,
// Check, finds the errors CPython's compiler (symtable.c and compile.c)
// raises as SyntaxError before a program runs.
package compiler

import (
	"fmt"

	"github.com/asl-lang/asl/ast"
	"github.com/asl-lang/asl/lexer"
)

// Check reports the first compile-time SyntaxError in mod, or nil. Like
// CPython it runs the symbol-table pass over the whole module first, then
// the code-generation checks.
func Check(filename, src string, mod *ast.Module) error {
	c := &checker{filename: filename, src: src}
	if err := c.symtable(mod); err != nil {
		return err
	}
	return c.codegen(mod)
}

type checker struct {
	filename string
	src      string
	table    *symTable
	// topAwait allows await, async for and async with at the top level
	// (interactive input); sawAwait records that the input used them.
	topAwait, sawAwait bool
}

// errNode builds a SyntaxError spanning node n, as compiler_error does.
func (c *checker) errNode(n ast.Node, format string, args ...any) *lexer.Error {
	p, ok := n.(ast.Positioned)
	if !ok {
		return &lexer.Error{Kind: "SyntaxError", Msg: fmt.Sprintf(format, args...), Filename: c.filename}
	}
	pos := p.GetPos()
	text := lexer.LineText(c.src, pos.Lineno)
	e := &lexer.Error{
		Kind:     "SyntaxError",
		Msg:      fmt.Sprintf(format, args...),
		Filename: c.filename,
		Line:     pos.Lineno,
		Offset:   pos.ColOffset + 1, // CPython 3.11 reports these in bytes
		EndLine:  pos.EndLineno,
		Text:     text,
	}
	if pos.EndLineno == pos.Lineno {
		e.EndOffset = pos.EndColOffset + 1
	} else {
		e.EndOffset = len(text) + 1
	}
	return e
}
