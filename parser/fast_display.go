package parser

import (
	"github.com/alecthomas/participle/v2"
	plex "github.com/alecthomas/participle/v2/lexer"
)

// Displays, comprehensions, subscripts and targets parsed from Go code
// (see fast.go):
//
//	gParen      = "(" ( gYield | gSeq )? ")"
//	gList       = "[" gSeq? "]"
//	gSeq        = gStarNamed ( gCompFor | ( "," gStarNamed )+ ","? | "," )?
//	gBrace      = "{" ( gBraceItem ( gCompFor | ( "," gBraceItem )+ ","? | "," )? )? "}"
//	gBraceItem  = "**" gBitExpr | gStarNamed ( ":" gTest )?
//	gCompFor    = "async"? "for" gTargetList "in" gDisj ( "if" gDisj )* gCompFor?
//	gSubscript  = gSlice ( "," gSlice )* ","?
//	gSlice      = "*" gBitExpr | gNamed gSliceRest? | gSliceRest
//	gSliceRest  = ":" gTest? ( ":" gTest? )?
//	gTargetList = gStarBit ( "," gStarBit )* ","?
//	gStarBit    = "*"? gBitExpr
//	gYield      = "yield" ( "from" gTest | gStarExprs )?

// Parse implements participle.Parseable.
func (g *gParen) Parse(lex *plex.PeekingLexer) error {
	start := lex.MakeCheckpoint()
	g.Pos = lex.Peek().Pos
	if err := expectOp(lex, "("); err != nil {
		return err
	}
	switch t := lex.Peek(); {
	case isOp(t, ")"):
	case isKw(t, "yield"):
		g.Yield = &gYield{}
		if err := g.Yield.Parse(lex); err != nil {
			return err
		}
	default:
		g.Seq = &gSeq{}
		if err := g.Seq.Parse(lex); err != nil {
			return need(lex, err)
		}
	}
	if err := expectOp(lex, ")"); err != nil {
		return err
	}
	g.Tokens = tokensSince(lex, start)
	return nil
}

// Parse implements participle.Parseable.
func (g *gList) Parse(lex *plex.PeekingLexer) error {
	start := lex.MakeCheckpoint()
	g.Pos = lex.Peek().Pos
	if err := expectOp(lex, "["); err != nil {
		return err
	}
	if !isOp(lex.Peek(), "]") {
		g.Seq = &gSeq{}
		if err := g.Seq.Parse(lex); err != nil {
			return need(lex, err)
		}
	}
	if err := expectOp(lex, "]"); err != nil {
		return err
	}
	g.Tokens = tokensSince(lex, start)
	return nil
}

// startsComp reports whether a comprehension clause comes next.
func startsComp(lex *plex.PeekingLexer) bool {
	t := lex.Peek()
	return isKw(t, "for") || isKw(t, "async") && isKw(peek2(lex), "for")
}

// Parse implements participle.Parseable.
func (g *gSeq) Parse(lex *plex.PeekingLexer) error {
	g.First = &gStarNamed{}
	if err := g.First.Parse(lex); err != nil {
		return err
	}
	if startsComp(lex) {
		g.Comp = &gCompFor{}
		return g.Comp.Parse(lex)
	}
	for isOp(lex.Peek(), ",") {
		lex.Next()
		it := &gStarNamed{}
		cp := lex.MakeCheckpoint()
		if err := it.Parse(lex); err != nil {
			lex.LoadCheckpoint(cp)
			g.Comma = true
			break
		}
		g.Rest = append(g.Rest, it)
	}
	return nil
}

// Parse implements participle.Parseable.
func (g *gBrace) Parse(lex *plex.PeekingLexer) error {
	start := lex.MakeCheckpoint()
	g.Pos = lex.Peek().Pos
	if err := expectOp(lex, "{"); err != nil {
		return err
	}
	if !isOp(lex.Peek(), "}") {
		g.First = &gBraceItem{}
		if err := g.First.Parse(lex); err != nil {
			return need(lex, err)
		}
		if startsComp(lex) {
			g.Comp = &gCompFor{}
			if err := g.Comp.Parse(lex); err != nil {
				return err
			}
		} else {
			for isOp(lex.Peek(), ",") {
				lex.Next()
				if isOp(lex.Peek(), "}") {
					break
				}
				it := &gBraceItem{}
				if err := it.Parse(lex); err != nil {
					return need(lex, err)
				}
				g.Rest = append(g.Rest, it)
			}
		}
	}
	if err := expectOp(lex, "}"); err != nil {
		return err
	}
	g.Tokens = tokensSince(lex, start)
	return nil
}

// Parse implements participle.Parseable.
func (g *gBraceItem) Parse(lex *plex.PeekingLexer) error {
	start := lex.MakeCheckpoint()
	g.Pos = lex.Peek().Pos
	if isOp(lex.Peek(), "**") {
		lex.Next()
		g.DStar = &gBitExpr{}
		if err := g.DStar.Parse(lex); err != nil {
			return need(lex, err)
		}
	} else {
		g.Key = &gStarNamed{}
		if err := g.Key.Parse(lex); err != nil {
			return err
		}
		if isOp(lex.Peek(), ":") {
			lex.Next()
			var err error
			if g.Value, err = parseTest(lex); err != nil {
				return err
			}
		}
	}
	g.Tokens = tokensSince(lex, start)
	return nil
}

// Parse implements participle.Parseable.
func (g *gCompFor) Parse(lex *plex.PeekingLexer) error {
	g.Pos = lex.Peek().Pos
	g.Async = acceptKw(lex, "async")
	if err := expectKw(lex, "for"); err != nil {
		return err
	}
	g.Target = &gTargetList{}
	if err := g.Target.Parse(lex); err != nil {
		return need(lex, err)
	}
	if err := expectKw(lex, "in"); err != nil {
		return err
	}
	g.Iter = &gDisj{}
	if err := g.Iter.Parse(lex); err != nil {
		return need(lex, err)
	}
	for isKw(lex.Peek(), "if") {
		lex.Next()
		c := &gDisj{}
		if err := c.Parse(lex); err != nil {
			return need(lex, err)
		}
		g.Ifs = append(g.Ifs, c)
	}
	if startsComp(lex) {
		g.Next = &gCompFor{}
		return g.Next.Parse(lex)
	}
	return nil
}

// Parse implements participle.Parseable.
func (g *gSubscript) Parse(lex *plex.PeekingLexer) error {
	for {
		s := &gSlice{}
		if err := s.Parse(lex); err != nil {
			return need(lex, err)
		}
		g.Items = append(g.Items, s)
		if !isOp(lex.Peek(), ",") {
			return nil
		}
		lex.Next()
		if isOp(lex.Peek(), "]") {
			g.Comma = true
			return nil
		}
	}
}

// Parse implements participle.Parseable.
func (g *gSlice) Parse(lex *plex.PeekingLexer) error {
	start := lex.MakeCheckpoint()
	g.Pos = lex.Peek().Pos
	var err error
	if g.Star, err = parseStarred(lex); err != nil {
		return err
	}
	if g.Star == nil {
		if !isOp(lex.Peek(), ":") {
			n := &gNamed{}
			if err := n.Parse(lex); err != nil {
				return err
			}
			g.Lower = n
		}
		if isOp(lex.Peek(), ":") {
			r := &gSliceRest{}
			lex.Next()
			if r.Upper, err = optTest(lex); err != nil {
				return err
			}
			if isOp(lex.Peek(), ":") {
				lex.Next()
				r.Colon = true
				if r.Step, err = optTest(lex); err != nil {
					return err
				}
			}
			if g.Lower != nil {
				g.Rest1 = r
			} else {
				g.Rest2 = r
			}
		}
	}
	g.Tokens = tokensSince(lex, start)
	return nil
}

// optTest reads an optional gTest.
func optTest(lex *plex.PeekingLexer) (*gTest, error) {
	t := &gTest{}
	switch err := t.Parse(lex); err {
	case nil:
		return t, nil
	case participle.NextMatch:
		return nil, nil
	default:
		return nil, err
	}
}

// Parse implements participle.Parseable.
func (g *gTargetList) Parse(lex *plex.PeekingLexer) error {
	start := lex.MakeCheckpoint()
	g.Pos = lex.Peek().Pos
	for {
		it := &gStarBit{}
		cp := lex.MakeCheckpoint()
		if err := it.Parse(lex); err != nil {
			if len(g.Items) == 0 {
				return err
			}
			lex.LoadCheckpoint(cp)
			g.Comma = true
			break
		}
		g.Items = append(g.Items, it)
		if !isOp(lex.Peek(), ",") {
			break
		}
		lex.Next()
	}
	g.Tokens = tokensSince(lex, start)
	return nil
}

// Parse implements participle.Parseable.
func (g *gStarBit) Parse(lex *plex.PeekingLexer) error {
	start := lex.MakeCheckpoint()
	g.Pos = lex.Peek().Pos
	if isOp(lex.Peek(), "*") {
		lex.Next()
		g.Star = true
	}
	g.Expr = &gBitExpr{}
	if err := g.Expr.Parse(lex); err != nil {
		if g.Star {
			return need(lex, err)
		}
		return err
	}
	g.Tokens = tokensSince(lex, start)
	return nil
}

// Parse implements participle.Parseable.
func (g *gYield) Parse(lex *plex.PeekingLexer) error {
	start := lex.MakeCheckpoint()
	g.Pos = lex.Peek().Pos
	if err := expectKw(lex, "yield"); err != nil {
		return err
	}
	if acceptKw(lex, "from") {
		var err error
		if g.From, err = parseTest(lex); err != nil {
			return err
		}
	} else {
		e := &gStarExprs{}
		switch err := e.Parse(lex); err {
		case nil:
			g.Value = e
		case participle.NextMatch:
		default:
			return err
		}
	}
	g.Tokens = tokensSince(lex, start)
	return nil
}
