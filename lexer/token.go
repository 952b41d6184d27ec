// Package lexer turns asl (Python 3.11) source into tokens: names, keywords,
// numbers, strings, operators, and the NEWLINE, INDENT and DEDENT tokens that
// carry Python's block structure. It implements participle's
// lexer.Definition so the grammar in package parser can consume it.
package lexer

import (
	"io"

	plex "github.com/alecthomas/participle/v2/lexer"
)

// Token types produced by the lexer.
const (
	EOF plex.TokenType = plex.EOF
	// Name is an identifier that is not a keyword.
	Name plex.TokenType = iota + 1
	// Keyword is one of Python's reserved words.
	Keyword
	// Number is an integer, float or imaginary literal.
	Number
	// String is a whole string literal, prefix and quotes included.
	String
	// Op is an operator or delimiter.
	Op
	// Newline ends a logical line.
	Newline
	// Indent opens a block.
	Indent
	// Dedent closes a block.
	Dedent
)

var symbols = map[string]plex.TokenType{
	"EOF":     EOF,
	"Name":    Name,
	"Keyword": Keyword,
	"Number":  Number,
	"String":  String,
	"Op":      Op,
	"Newline": Newline,
	"Indent":  Indent,
	"Dedent":  Dedent,
}

// Keywords lists Python 3.11's hard keywords.
var Keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true,
	"assert": true, "async": true, "await": true, "break": true, "class": true,
	"continue": true, "def": true, "del": true, "elif": true, "else": true,
	"except": true, "finally": true, "for": true, "from": true, "global": true,
	"if": true, "import": true, "in": true, "is": true, "lambda": true,
	"nonlocal": true, "not": true, "or": true, "pass": true, "raise": true,
	"return": true, "try": true, "while": true, "with": true, "yield": true,
}

// Definition is the participle lexer definition for asl source.
type Definition struct{}

// Python is the lexer definition the parser uses.
var Python = Definition{}

// Symbols returns the token type names.
func (Definition) Symbols() map[string]plex.TokenType { return symbols }

// Lex tokenizes everything r holds.
func (d Definition) Lex(filename string, r io.Reader) (plex.Lexer, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return d.LexString(filename, string(b))
}

// LexString tokenizes src.
func (Definition) LexString(filename string, src string) (plex.Lexer, error) {
	toks, err := Tokenize(filename, src)
	if err != nil {
		return nil, err
	}
	return &sliceLexer{toks: toks}, nil
}

// LexBytes tokenizes src.
func (d Definition) LexBytes(filename string, src []byte) (plex.Lexer, error) {
	return d.LexString(filename, string(src))
}

// sliceLexer hands out tokens that were all produced up front.
type sliceLexer struct {
	toks []plex.Token
	i    int
}

func (s *sliceLexer) Next() (plex.Token, error) {
	if s.i >= len(s.toks) {
		return s.toks[len(s.toks)-1], nil
	}
	t := s.toks[s.i]
	s.i++
	return t, nil
}

// NewSliceLexer returns a participle lexer over tokens already produced by
// Tokenize; the last token must be EOF.
func NewSliceLexer(toks []plex.Token) plex.Lexer { return &sliceLexer{toks: toks} }
