package parser

import (
	"github.com/alecthomas/participle/v2"
	plex "github.com/alecthomas/participle/v2/lexer"

	"github.com/asl-lang/asl/lexer"
)

// Expression productions parsed from Go code (see fast.go):
//
//	gTest       = gLambda | gDisj ( "if" gDisj "else" gTest )?
//	gNamed      = ( Name ":=" )? gTest
//	gStarExpr   = "*" gBitExpr | gTest
//	gStarNamed  = "*" gBitExpr | gNamed
//	gStarExprs  = gStarExpr ( "," gStarExpr )* ","?
//	gRhs        = gYield | gStarExprs
//	gCall       = "(" ( gArg ( "," gArg )* ","? )? ")"
//	gArg        = "*" gTest | "**" gTest | Name "=" gTest | gNamed gCompFor?
//	gExprStmt   = gRhs ( ":" gTest ( "=" gRhs )? | AugOp gRhs | ( "=" gRhs )+ )?
//	gSimpleLine = gSmall ( ";" gSmall )* ";"? Newline

func isOp(t *plex.Token, v string) bool { return t.Type == lexer.Op && t.Value == v }
func isKw(t *plex.Token, v string) bool { return t.Type == lexer.Keyword && t.Value == v }

// peek2 is the token after the next one.
func peek2(lex *plex.PeekingLexer) *plex.Token {
	cp := lex.MakeCheckpoint()
	lex.Next()
	t := lex.Peek()
	lex.LoadCheckpoint(cp)
	return t
}

func tokensSince(lex *plex.PeekingLexer, cp plex.Checkpoint) []plex.Token {
	return lex.Range(cp.RawCursor(), lex.RawCursor())
}

// Parse implements participle.Parseable.
func (g *gTest) Parse(lex *plex.PeekingLexer) error {
	start := lex.MakeCheckpoint()
	g.Pos = lex.Peek().Pos
	if isKw(lex.Peek(), "lambda") {
		l, err := parseSub(sub.lambda, lex)
		if err != nil {
			return err
		}
		g.Lambda = l
		g.Tokens = tokensSince(lex, start)
		return nil
	}
	if err := g.Body.Parse(lex); err != nil {
		return err
	}
	if isKw(lex.Peek(), "if") {
		before := lex.MakeCheckpoint()
		lex.Next()
		cond, orelse := &gDisj{}, &gTest{}
		if cond.Parse(lex) == nil && isKw(lex.Peek(), "else") {
			lex.Next()
			if orelse.Parse(lex) == nil {
				g.Cond, g.Else = cond, orelse
			}
		}
		if g.Cond == nil {
			lex.LoadCheckpoint(before)
		}
	}
	g.Tokens = tokensSince(lex, start)
	return nil
}

// Parse implements participle.Parseable.
func (g *gNamed) Parse(lex *plex.PeekingLexer) error {
	start := lex.MakeCheckpoint()
	g.Pos = lex.Peek().Pos
	if t := lex.Peek(); t.Type == lexer.Name && isOp(peek2(lex), ":=") {
		g.Name = t.Value
		lex.Next()
		lex.Next()
	}
	if err := g.Value.Parse(lex); err != nil {
		if err == participle.NextMatch && g.Name != "" {
			err = unexpected(lex.Peek())
		}
		return err
	}
	g.Tokens = tokensSince(lex, start)
	return nil
}

// parseStarred reads "*" gBitExpr, or returns nil when there is no star.
func parseStarred(lex *plex.PeekingLexer) (*gBitExpr, error) {
	if !isOp(lex.Peek(), "*") {
		return nil, nil
	}
	lex.Next()
	b := &gBitExpr{}
	if err := b.Parse(lex); err != nil {
		if err == participle.NextMatch {
			err = unexpected(lex.Peek())
		}
		return nil, err
	}
	return b, nil
}

// parseStarOr reads "*" gBitExpr into star, or else the production p.
func parseStarOr(lex *plex.PeekingLexer, star **gBitExpr, p participle.Parseable, pos *plex.Position, toks *[]plex.Token) error {
	start := lex.MakeCheckpoint()
	*pos = lex.Peek().Pos
	s, err := parseStarred(lex)
	if err != nil {
		return err
	}
	if s != nil {
		*star = s
	} else if err := p.Parse(lex); err != nil {
		return err
	}
	*toks = tokensSince(lex, start)
	return nil
}

// Parse implements participle.Parseable.
func (g *gStarExpr) Parse(lex *plex.PeekingLexer) error {
	return parseStarOr(lex, &g.Star, &g.Expr, &g.Pos, &g.Tokens)
}

// Parse implements participle.Parseable.
func (g *gStarNamed) Parse(lex *plex.PeekingLexer) error {
	return parseStarOr(lex, &g.Star, &g.Expr, &g.Pos, &g.Tokens)
}

// Parse implements participle.Parseable.
func (g *gStarExprs) Parse(lex *plex.PeekingLexer) error {
	start := lex.MakeCheckpoint()
	g.Pos = lex.Peek().Pos
	first := &gStarExpr{}
	if err := first.Parse(lex); err != nil {
		return err
	}
	g.Items = append(g.Items, first)
	for isOp(lex.Peek(), ",") {
		lex.Next()
		afterComma := lex.MakeCheckpoint()
		it := &gStarExpr{}
		if err := it.Parse(lex); err != nil {
			lex.LoadCheckpoint(afterComma)
			g.Comma = true
			break
		}
		g.Items = append(g.Items, it)
	}
	g.Tokens = tokensSince(lex, start)
	return nil
}

// Parse implements participle.Parseable.
func (g *gRhs) Parse(lex *plex.PeekingLexer) error {
	if isKw(lex.Peek(), "yield") {
		g.Yield = &gYield{}
		return g.Yield.Parse(lex)
	}
	e := &gStarExprs{}
	if err := e.Parse(lex); err != nil {
		return err
	}
	g.Exprs = e
	return nil
}

// Parse implements participle.Parseable.
func (g *gCall) Parse(lex *plex.PeekingLexer) error {
	start := lex.MakeCheckpoint()
	g.Pos = lex.Peek().Pos
	if !isOp(lex.Peek(), "(") {
		return participle.NextMatch
	}
	lex.Next()
	for !isOp(lex.Peek(), ")") {
		a := &gArg{}
		if err := a.Parse(lex); err != nil {
			if err == participle.NextMatch {
				err = unexpected(lex.Peek())
			}
			return err
		}
		g.Args = append(g.Args, a)
		if !isOp(lex.Peek(), ",") {
			break
		}
		lex.Next()
	}
	if !isOp(lex.Peek(), ")") {
		return unexpected(lex.Peek())
	}
	lex.Next()
	g.Tokens = tokensSince(lex, start)
	return nil
}

// Parse implements participle.Parseable.
func (g *gArg) Parse(lex *plex.PeekingLexer) error {
	start := lex.MakeCheckpoint()
	t := lex.Peek()
	g.Pos = t.Pos
	var err error
	switch {
	case isOp(t, "*") || isOp(t, "**"):
		lex.Next()
		v := &gTest{}
		if err = v.Parse(lex); err == participle.NextMatch {
			err = unexpected(lex.Peek())
		}
		if t.Value == "*" {
			g.Star = v
		} else {
			g.DStar = v
		}
	case t.Type == lexer.Name && isOp(peek2(lex), "="):
		g.Kw = t.Value
		lex.Next()
		lex.Next()
		v := &gTest{}
		if err = v.Parse(lex); err == participle.NextMatch {
			err = unexpected(lex.Peek())
		}
		g.KwVal = v
	default:
		v := &gNamed{}
		if err = v.Parse(lex); err != nil {
			return err
		}
		g.Value = v
		if n := lex.Peek(); isKw(n, "for") || isKw(n, "async") {
			g.Comp = &gCompFor{}
			err = g.Comp.Parse(lex)
		}
	}
	if err != nil {
		return err
	}
	g.Tokens = tokensSince(lex, start)
	return nil
}

var augOps = map[string]bool{
	"+=": true, "-=": true, "*=": true, "/=": true, "//=": true, "%=": true, "**=": true,
	"&=": true, "|=": true, "^=": true, "<<=": true, ">>=": true, "@=": true,
}

// parseRhs reads a required gRhs.
func parseRhs(lex *plex.PeekingLexer) (*gRhs, error) {
	r := &gRhs{}
	if err := r.Parse(lex); err != nil {
		if err == participle.NextMatch {
			err = unexpected(lex.Peek())
		}
		return nil, err
	}
	return r, nil
}

// Parse implements participle.Parseable.
func (g *gExprStmt) Parse(lex *plex.PeekingLexer) error {
	start := lex.MakeCheckpoint()
	g.Pos = lex.Peek().Pos
	first := &gRhs{}
	if err := first.Parse(lex); err != nil {
		return err
	}
	g.First = first
	var err error
	switch t := lex.Peek(); {
	case isOp(t, ":"):
		lex.Next()
		ann := &gTest{}
		if err = ann.Parse(lex); err == participle.NextMatch {
			err = unexpected(lex.Peek())
		}
		g.Annot = ann
		if err == nil && isOp(lex.Peek(), "=") {
			lex.Next()
			g.AnnVal, err = parseRhs(lex)
		}
	case t.Type == lexer.Op && augOps[t.Value]:
		lex.Next()
		g.AugOp = t.Value
		g.AugVal, err = parseRhs(lex)
	default:
		for err == nil && isOp(lex.Peek(), "=") {
			lex.Next()
			var r *gRhs
			if r, err = parseRhs(lex); err == nil {
				g.Rest = append(g.Rest, r)
			}
		}
	}
	if err != nil {
		return err
	}
	g.Tokens = tokensSince(lex, start)
	return nil
}

// Parse implements participle.Parseable.
func (g *gSimpleLine) Parse(lex *plex.PeekingLexer) error {
	for {
		s := &gSmall{}
		if err := s.Parse(lex); err != nil {
			if err == participle.NextMatch {
				err = unexpected(lex.Peek())
			}
			return err
		}
		g.Stmts = append(g.Stmts, s)
		if !isOp(lex.Peek(), ";") {
			break
		}
		lex.Next()
		if lex.Peek().Type == lexer.Newline {
			break
		}
	}
	if lex.Peek().Type != lexer.Newline {
		return unexpected(lex.Peek())
	}
	lex.Next()
	return nil
}
