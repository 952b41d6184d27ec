// Package parser parses asl source into package ast's syntax tree with a
// participle grammar, producing the tree CPython 3.11's ast.parse builds and
// CPython's syntax errors for malformed input.
package parser

import (
	"errors"
	"fmt"
	"sync"

	"github.com/alecthomas/participle/v2"
	plex "github.com/alecthomas/participle/v2/lexer"

	"github.com/asl-lang/asl/ast"
	"github.com/asl-lang/asl/lexer"
)

var (
	buildOnce  sync.Once
	exprParser *participle.Parser[gExprInput]
	buildErr   error
)

func build() {
	opts := []participle.Option{
		participle.Lexer(lexer.Python),
		participle.UseLookahead(1 << 30),
	}
	root, err := participle.Build[gRoot](opts...)
	if err != nil {
		buildErr = err
		return
	}
	if exprParser, buildErr = participle.ParserForProduction[gExprInput](root); buildErr != nil {
		return
	}
	buildErr = buildSub(root)
}

// ParseFile parses a whole module, as ast.parse(src) does. Errors are
// *lexer.Error values.
func ParseFile(filename, src string) (mod *ast.Module, err error) {
	defer func() {
		if r := recover(); r != nil {
			mod, err = nil, fmt.Errorf("internal error in the parser (please report it): %v", r)
		}
	}()
	buildOnce.Do(build)
	if buildErr != nil {
		return nil, buildErr
	}
	src = lexer.NormalizeNewlines(src)
	lex, err := plex.Upgrade(lexer.NewStream(filename, src))
	if err != nil {
		return nil, err
	}
	g := &gFile{}
	if err := g.Parse(lex); err != nil {
		toks, terr := lexer.Tokenize(filename, src)
		if terr != nil {
			return nil, terr
		}
		return nil, syntaxError(filename, src, toks, err)
	}
	l := &lowerer{filename: filename, src: src}
	return l.file(g)
}

// ParseExpr parses a single expression (or a tuple of them), as
// ast.parse(src, mode='eval') does, returning the Expression's body.
func ParseExpr(filename, src string) (ast.Expr, error) {
	buildOnce.Do(build)
	if buildErr != nil {
		return nil, buildErr
	}
	l := &lowerer{filename: filename, src: src}
	return l.subExpr(src, 1, 0)
}

func mustUpgrade(toks []plex.Token) *plex.PeekingLexer {
	pl, err := plex.Upgrade(lexer.NewSliceLexer(toks))
	if err != nil {
		panic(err) // a slice lexer never fails
	}
	return pl
}

// AsSyntaxError returns err as a *lexer.Error when it is one.
func AsSyntaxError(err error) (*lexer.Error, bool) {
	var e *lexer.Error
	ok := errors.As(err, &e)
	return e, ok
}
