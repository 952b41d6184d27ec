package parser

import (
	"errors"
	"strings"

	plex "github.com/alecthomas/participle/v2/lexer"

	"github.com/asl-lang/asl/ast"
	"github.com/asl-lang/asl/lexer"
)

// strings lowers adjacent string literals: one Constant, or a JoinedStr
// when any of them is an f-string.
func (l *lowerer) strings(g *gStrings) (ast.Expr, error) {
	pos := l.span(g.Tokens)
	firstPrefix, _ := lexer.SplitString(g.Tokens[0].Value)
	anyF, anyBytes := false, false
	for _, t := range g.Tokens {
		p, _ := lexer.SplitString(t.Value)
		anyF = anyF || p.F
		if p.Bytes != firstPrefix.Bytes {
			return nil, l.errAfter(pos, "cannot mix bytes and nonbytes literals")
		}
		anyBytes = anyBytes || p.Bytes
	}
	if !anyF {
		var b strings.Builder
		for _, t := range g.Tokens {
			s, err := l.literal(t)
			if err != nil {
				return nil, err
			}
			b.WriteString(s)
		}
		c := &ast.Constant{Pos: pos, Value: b.String()}
		if anyBytes {
			c.Value = ast.Bytes(b.String())
		}
		if g.Tokens[0].Value[0] == 'u' {
			c.Kind = "u"
		}
		return c, nil
	}
	js := &joined{pos: pos}
	if g.Tokens[0].Value[0] == 'u' {
		js.kind = "u"
	}
	for _, t := range g.Tokens {
		p, body := lexer.SplitString(t.Value)
		if !p.F {
			s, err := l.literal(t)
			if err != nil {
				return nil, err
			}
			js.lit(s)
			continue
		}
		parts, err := lexer.SplitFString(body, p.Raw)
		if err != nil {
			return nil, l.fstringErr(t, err)
		}
		if err := l.fparts(js, t, parts); err != nil {
			return nil, err
		}
	}
	return &ast.JoinedStr{Pos: pos, Values: js.done()}, nil
}

// joined accumulates the values of a JoinedStr, merging adjacent text.
type joined struct {
	pos    ast.Pos
	kind   string
	values []ast.Expr
	text   strings.Builder
}

func (j *joined) lit(s string) { j.text.WriteString(s) }

func (j *joined) flush() {
	if j.text.Len() > 0 {
		j.values = append(j.values, &ast.Constant{Pos: j.pos, Value: j.text.String(), Kind: j.kind})
		j.text.Reset()
	}
}

func (j *joined) add(e ast.Expr) {
	j.flush()
	j.values = append(j.values, e)
}

func (j *joined) done() []ast.Expr {
	j.flush()
	if j.values == nil {
		return []ast.Expr{}
	}
	return j.values
}

// fparts lowers the pieces of one f-string token into js.
func (l *lowerer) fparts(js *joined, tok plex.Token, parts []lexer.FPart) error {
	for _, p := range parts {
		if !p.IsExpr {
			js.lit(p.Literal)
			continue
		}
		if p.Debug != "" {
			js.lit(p.Debug)
		}
		fv, err := l.formatted(js, tok, p)
		if err != nil {
			return err
		}
		js.add(fv)
	}
	return nil
}

func (l *lowerer) formatted(js *joined, tok plex.Token, p lexer.FPart) (ast.Expr, error) {
	pos := js.pos
	line, col := l.bodyPos(tok, p.Offset)
	e, err := l.subExpr(p.Expr, line, col)
	if err != nil {
		return nil, err
	}
	fv := &ast.FormattedValue{Pos: pos, Value: e, Conversion: p.Conv}
	if p.HasSpec {
		spec := &joined{pos: pos, kind: js.kind}
		if err := l.fparts(spec, tok, p.Spec); err != nil {
			return nil, err
		}
		fv.FormatSpec = &ast.JoinedStr{Pos: pos, Values: spec.done()}
	}
	return fv, nil
}

// bodyPos is the file line and 0-based column of byte off of the body of
// string token tok.
func (l *lowerer) bodyPos(tok plex.Token, off int) (int, int) {
	_, body := lexer.SplitString(tok.Value)
	bodyStart := strings.Index(tok.Value, body)
	if body == "" {
		bodyStart = len(tok.Value) / 2
	}
	upto := tok.Value[:bodyStart+off]
	line := tok.Pos.Line + strings.Count(upto, "\n")
	if i := strings.LastIndexByte(upto, '\n'); i >= 0 {
		return line, len(upto) - i - 1
	}
	return line, tok.Pos.Column - 1 + len(upto)
}

// subExpr parses the expression of an f-string field found at line and
// 0-based column col, wrapped in parentheses as CPython 3.11 does.
func (l *lowerer) subExpr(src string, line, col int) (ast.Expr, error) {
	toks, err := lexer.Tokenize(l.filename, "("+src+")")
	if err != nil {
		return nil, err
	}
	g, err := exprParser.ParseFromLexer(mustUpgrade(toks))
	if err != nil {
		return nil, l.fstringSyntax(line, col)
	}
	sub := &lowerer{filename: l.filename, src: l.src, lineBase: line - 1, colBase: col - 1}
	return sub.starExprs(g.Exprs)
}

func (l *lowerer) fstringSyntax(line, col int) error {
	return l.errAt(ast.Pos{Lineno: line, ColOffset: col}, false, "f-string: invalid syntax")
}

// literal decodes one non-f string token.
func (l *lowerer) literal(t plex.Token) (string, error) {
	p, body := lexer.SplitString(t.Value)
	if p.Raw {
		return body, nil
	}
	s, err := lexer.Decode(body, p.Bytes)
	if err != nil {
		var ee *lexer.EscapeError
		if errors.As(err, &ee) {
			return "", l.errAt(l.span([]plex.Token{t}), false, "%s", ee.Msg)
		}
		return "", err
	}
	return s, nil
}

// fstringErr locates an error found while splitting an f-string.
func (l *lowerer) fstringErr(t plex.Token, err error) error {
	var fe *lexer.FStringError
	if errors.As(err, &fe) {
		return l.errAfter(l.span([]plex.Token{t}), "%s", fe.Msg)
	}
	var ee *lexer.EscapeError
	if errors.As(err, &ee) {
		return l.errAt(l.span([]plex.Token{t}), false, "%s", ee.Msg)
	}
	return err
}
