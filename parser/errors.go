package parser

import (
	"errors"

	"github.com/alecthomas/participle/v2"
	plex "github.com/alecthomas/participle/v2/lexer"

	"github.com/asl-lang/asl/lexer"
)

// syntaxError turns participle's failure into the SyntaxError CPython
// reports for the same input.
func syntaxError(filename, src string, toks []plex.Token, err error) error {
	var perr participle.Error
	if !errors.As(err, &perr) {
		return err
	}
	pos := perr.Position()
	i := tokenIndex(toks, pos)
	d := &diagnoser{filename: filename, src: src, toks: toks, at: i}
	return d.diagnose()
}

// tokenIndex finds the token at pos.
func tokenIndex(toks []plex.Token, pos plex.Position) int {
	for i, t := range toks {
		if t.Pos.Offset >= pos.Offset && t.Pos.Line >= pos.Line {
			if t.Pos.Offset == pos.Offset {
				return i
			}
			return i
		}
	}
	return len(toks) - 1
}

// diagnoser explains a parse failure at token index at.
type diagnoser struct {
	filename string
	src      string
	toks     []plex.Token
	at       int
}

func (d *diagnoser) errTok(kind string, t plex.Token, msg string) *lexer.Error {
	text := lexer.LineText(d.src, t.Pos.Line)
	return &lexer.Error{Kind: kind, Msg: msg, Filename: d.filename, Line: t.Pos.Line, Offset: lexer.CharOffset(text, t.Pos.Column-1), Text: text}
}

func (d *diagnoser) diagnose() error {
	t := d.toks[d.at]
	return d.errTok("SyntaxError", t, "invalid syntax")
}
