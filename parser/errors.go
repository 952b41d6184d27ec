package parser

import (
	"errors"
	"fmt"

	"github.com/alecthomas/participle/v2"
	plex "github.com/alecthomas/participle/v2/lexer"

	"github.com/asl-lang/asl/lexer"
)

// syntaxError turns participle's failure into the SyntaxError CPython
// reports for the same input. Participle only says where its deepest
// attempt failed; the diagnoser looks at the tokens around that point the
// way CPython's "invalid_*" grammar rules do, to find CPython's message and
// location.
func syntaxError(filename, src string, toks []plex.Token, err error) error {
	var perr participle.Error
	if !errors.As(err, &perr) {
		return err
	}
	d := &diagnoser{filename: filename, src: src, toks: toks}
	return d.diagnose(tokenIndex(toks, perr.Position()))
}

// tokenIndex finds the first token at or after pos.
func tokenIndex(toks []plex.Token, pos plex.Position) int {
	for i, t := range toks {
		if t.Pos.Offset >= pos.Offset {
			return i
		}
	}
	return len(toks) - 1
}

// diagnoser explains a parse failure.
type diagnoser struct {
	filename string
	src      string
	toks     []plex.Token
}

// errRange builds an error from the start of token a to the end of token b.
func (d *diagnoser) errRange(kind string, a, b plex.Token, format string, args ...any) *lexer.Error {
	e := d.errAt(kind, a, format, args...)
	e.EndLine = b.Pos.Line
	if b.Pos.Line == a.Pos.Line {
		e.EndOffset = b.Pos.Column + len(b.Value)
	} else {
		e.EndOffset = len(e.Text) + 1
	}
	return e
}

// errAt builds an error with a single caret at token t.
func (d *diagnoser) errAt(kind string, t plex.Token, format string, args ...any) *lexer.Error {
	text := lexer.LineText(d.src, t.Pos.Line)
	return &lexer.Error{Kind: kind, Msg: fmt.Sprintf(format, args...), Filename: d.filename, Line: t.Pos.Line, Offset: t.Pos.Column, Text: text}
}

// errTok is an error spanning token t, CPython's generic "invalid syntax".
func (d *diagnoser) errTok(t plex.Token, msg string) *lexer.Error {
	return d.errRange("SyntaxError", t, t, "%s", msg)
}

func (d *diagnoser) isOp(i int, vals ...string) bool {
	if i < 0 || i >= len(d.toks) || d.toks[i].Type != lexer.Op {
		return false
	}
	for _, v := range vals {
		if d.toks[i].Value == v {
			return true
		}
	}
	return false
}

func (d *diagnoser) isKw(i int, vals ...string) bool {
	if i < 0 || i >= len(d.toks) || d.toks[i].Type != lexer.Keyword {
		return false
	}
	for _, v := range vals {
		if d.toks[i].Value == v {
			return true
		}
	}
	return false
}

// lineStart is the index of the first token of the logical line holding
// token i.
func (d *diagnoser) lineStart(i int) int {
	for i > 0 {
		switch d.toks[i-1].Type {
		case lexer.Newline, lexer.Indent, lexer.Dedent:
			return i
		}
		i--
	}
	return 0
}

// lineEnd is the index of the Newline ending the logical line at i.
func (d *diagnoser) lineEnd(i int) int {
	for i < len(d.toks)-1 && d.toks[i].Type != lexer.Newline {
		i++
	}
	return i
}

func (d *diagnoser) diagnose(at int) error {
	if at >= len(d.toks) {
		at = len(d.toks) - 1
	}
	if e := d.indentation(at); e != nil {
		return e
	}
	start := d.lineStart(at)
	if start < at && d.toks[at].Type == lexer.Indent {
		start = at
	}
	end := d.lineEnd(start)
	for _, check := range []func(start, end int) *lexer.Error{
		d.missingColon, d.printStatement, d.tokenPairs,
	} {
		if e := check(start, end); e != nil {
			return e
		}
	}
	return d.errTok(d.toks[at], "invalid syntax")
}
