package parser

import (
	"github.com/alecthomas/participle/v2"
	plex "github.com/alecthomas/participle/v2/lexer"

	"github.com/asl-lang/asl/lexer"
)

// Statement productions parsed from Go code (see fast.go):
//
//	gCompound   = gIf | gWhile | gFor | gTry | gWith | gFuncDef | gClassDef
//	            | gDecorated | gAsync                          (by first token)
//	gBlock      = gSimpleLine | Newline Indent gStmt+ Dedent
//	gIf         = "if" gNamed ":" gBlock gElif* ( "else" ":" gBlock )?
//	gElif       = "elif" gNamed ":" gBlock
//	gWhile      = "while" gNamed ":" gBlock ( "else" ":" gBlock )?
//	gFor        = "for" gTargetList "in" gStarExprs ":" gBlock ( "else" ":" gBlock )?
//	gTry        = "try" ":" gBlock gExcept* ( "else" ":" gBlock )? ( "finally" ":" gBlock )?
//	gExcept     = "except" "*"? ( gTest ( "as" Name )? )? ":" gBlock
//	gWith       = "with" ( "(" gWithItem ( "," gWithItem )* ","? ")" ":" | gWithItem ( "," gWithItem )* ":" ) gBlock
//	gWithItem   = gTest ( "as" gStarBit )?
//	gFuncDef    = "def" Name "(" ( gParam ( "," gParam )* ","? )? ")" ( "->" gTest )? ":" gBlock
//	gClassDef   = "class" Name gCall? ":" gBlock
//	gDecorated  = gDecorator+ ( gFuncDef | gAsyncDef | gClassDef )
//	gDecorator  = "@" gNamed Newline
//	gAsync      = "async" ( gFuncDef | gFor | gWith )
//	gReturn     = "return" gStarExprs?
//	gRaise      = "raise" ( gTest ( "from" gTest )? )?
//	gDel        = "del" gTargetList
//	gAssert     = "assert" gTest ( "," gTest )?
//	gNames      = Name ( "," Name )*

// need turns "no match" into an error for a required production.
func need(lex *plex.PeekingLexer, err error) error {
	if err == participle.NextMatch {
		return unexpected(lex.Peek())
	}
	return err
}

// expectOp consumes the operator v or fails.
func expectOp(lex *plex.PeekingLexer, v string) error {
	if !isOp(lex.Peek(), v) {
		return unexpected(lex.Peek())
	}
	lex.Next()
	return nil
}

// expectKw consumes the keyword v or fails.
func expectKw(lex *plex.PeekingLexer, v string) error {
	if !isKw(lex.Peek(), v) {
		return unexpected(lex.Peek())
	}
	lex.Next()
	return nil
}

// acceptKw consumes the keyword v if it comes next.
func acceptKw(lex *plex.PeekingLexer, v string) bool {
	if isKw(lex.Peek(), v) {
		lex.Next()
		return true
	}
	return false
}

// parseBlockAfter reads ":" and a block.
func parseBlockAfter(lex *plex.PeekingLexer) (*gBlock, error) {
	if err := expectOp(lex, ":"); err != nil {
		return nil, err
	}
	b := &gBlock{}
	if err := b.Parse(lex); err != nil {
		return nil, need(lex, err)
	}
	return b, nil
}

// parseElse reads an optional "kw:" block.
func parseElse(lex *plex.PeekingLexer, kw string) (*gBlock, error) {
	if !acceptKw(lex, kw) {
		return nil, nil
	}
	return parseBlockAfter(lex)
}

func parseNamed(lex *plex.PeekingLexer) (*gNamed, error) {
	n := &gNamed{}
	if err := n.Parse(lex); err != nil {
		return nil, need(lex, err)
	}
	return n, nil
}

func parseTest(lex *plex.PeekingLexer) (*gTest, error) {
	t := &gTest{}
	if err := t.Parse(lex); err != nil {
		return nil, need(lex, err)
	}
	return t, nil
}

func parseStarExprs(lex *plex.PeekingLexer) (*gStarExprs, error) {
	e := &gStarExprs{}
	if err := e.Parse(lex); err != nil {
		return nil, need(lex, err)
	}
	return e, nil
}

// Parse implements participle.Parseable.
func (g *gCompound) Parse(lex *plex.PeekingLexer) error {
	t := lex.Peek()
	var err error
	switch {
	case isKw(t, "if"):
		g.If = &gIf{}
		err = g.If.Parse(lex)
	case isKw(t, "while"):
		g.While = &gWhile{}
		err = g.While.Parse(lex)
	case isKw(t, "for"):
		g.For = &gFor{}
		err = g.For.Parse(lex)
	case isKw(t, "try"):
		g.Try = &gTry{}
		err = g.Try.Parse(lex)
	case isKw(t, "with"):
		g.With = &gWith{}
		err = g.With.Parse(lex)
	case isKw(t, "def"):
		g.Def = &gFuncDef{}
		err = g.Def.Parse(lex)
	case isKw(t, "class"):
		g.Class = &gClassDef{}
		err = g.Class.Parse(lex)
	case isOp(t, "@"):
		g.Decorated = &gDecorated{}
		err = g.Decorated.Parse(lex)
	case isKw(t, "async"):
		g.Async = &gAsync{}
		err = g.Async.Parse(lex)
	default:
		return participle.NextMatch
	}
	return err
}

// Parse implements participle.Parseable.
func (g *gIf) Parse(lex *plex.PeekingLexer) error {
	g.Pos = lex.Peek().Pos
	if err := expectKw(lex, "if"); err != nil {
		return err
	}
	var err error
	if g.Test, err = parseNamed(lex); err != nil {
		return err
	}
	if g.Body, err = parseBlockAfter(lex); err != nil {
		return err
	}
	for isKw(lex.Peek(), "elif") {
		e := &gElif{Pos: lex.Next().Pos}
		if e.Test, err = parseNamed(lex); err != nil {
			return err
		}
		if e.Body, err = parseBlockAfter(lex); err != nil {
			return err
		}
		g.Elifs = append(g.Elifs, e)
	}
	g.Else, err = parseElse(lex, "else")
	return err
}

// Parse implements participle.Parseable.
func (g *gWhile) Parse(lex *plex.PeekingLexer) error {
	g.Pos = lex.Peek().Pos
	if err := expectKw(lex, "while"); err != nil {
		return err
	}
	var err error
	if g.Test, err = parseNamed(lex); err != nil {
		return err
	}
	if g.Body, err = parseBlockAfter(lex); err != nil {
		return err
	}
	g.Else, err = parseElse(lex, "else")
	return err
}

// Parse implements participle.Parseable.
func (g *gFor) Parse(lex *plex.PeekingLexer) error {
	g.Pos = lex.Peek().Pos
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
	var err error
	if g.Iter, err = parseStarExprs(lex); err != nil {
		return err
	}
	if g.Body, err = parseBlockAfter(lex); err != nil {
		return err
	}
	g.Else, err = parseElse(lex, "else")
	return err
}

// Parse implements participle.Parseable.
func (g *gTry) Parse(lex *plex.PeekingLexer) error {
	g.Pos = lex.Peek().Pos
	if err := expectKw(lex, "try"); err != nil {
		return err
	}
	var err error
	if g.Body, err = parseBlockAfter(lex); err != nil {
		return err
	}
	for isKw(lex.Peek(), "except") {
		h := &gExcept{Pos: lex.Next().Pos}
		if isOp(lex.Peek(), "*") {
			lex.Next()
			h.Star = true
		}
		if !isOp(lex.Peek(), ":") {
			if h.Type, err = parseTest(lex); err != nil {
				return err
			}
			if acceptKw(lex, "as") {
				n := lex.Peek()
				if n.Type != lexer.Name {
					return unexpected(n)
				}
				h.Name = lex.Next().Value
			}
		}
		if h.Body, err = parseBlockAfter(lex); err != nil {
			return err
		}
		g.Handlers = append(g.Handlers, h)
	}
	if g.Else, err = parseElse(lex, "else"); err != nil {
		return err
	}
	if g.Finally, err = parseElse(lex, "finally"); err != nil {
		return err
	}
	g.EndPos = lex.Peek().Pos
	return nil
}

// Parse implements participle.Parseable.
func (g *gWith) Parse(lex *plex.PeekingLexer) error {
	g.Pos = lex.Peek().Pos
	if err := expectKw(lex, "with"); err != nil {
		return err
	}
	if isOp(lex.Peek(), "(") {
		cp := lex.MakeCheckpoint()
		lex.Next()
		items, err := parseWithItems(lex, true)
		if err == nil && expectOp(lex, ")") == nil && isOp(lex.Peek(), ":") {
			g.Paren = items
		} else {
			lex.LoadCheckpoint(cp)
		}
	}
	if g.Paren == nil {
		items, err := parseWithItems(lex, false)
		if err != nil {
			return err
		}
		g.Items = items
	}
	var err error
	g.Body, err = parseBlockAfter(lex)
	return err
}

func parseWithItems(lex *plex.PeekingLexer, trailingComma bool) ([]*gWithItem, error) {
	var items []*gWithItem
	for {
		it := &gWithItem{Pos: lex.Peek().Pos}
		var err error
		if it.Expr, err = parseTest(lex); err != nil {
			return nil, err
		}
		if acceptKw(lex, "as") {
			it.Target = &gStarBit{}
			if err := it.Target.Parse(lex); err != nil {
				return nil, need(lex, err)
			}
		}
		items = append(items, it)
		if !isOp(lex.Peek(), ",") {
			return items, nil
		}
		lex.Next()
		if trailingComma && isOp(lex.Peek(), ")") {
			return items, nil
		}
	}
}

// Parse implements participle.Parseable.
func (g *gFuncDef) Parse(lex *plex.PeekingLexer) error {
	g.Pos = lex.Peek().Pos
	if err := expectKw(lex, "def"); err != nil {
		return err
	}
	n := lex.Peek()
	if n.Type != lexer.Name {
		return unexpected(n)
	}
	g.Name = lex.Next().Value
	if err := expectOp(lex, "("); err != nil {
		return err
	}
	for !isOp(lex.Peek(), ")") {
		p, err := parseSub(sub.param, lex)
		if err != nil {
			return err
		}
		g.Params = append(g.Params, p)
		if !isOp(lex.Peek(), ",") {
			break
		}
		lex.Next()
	}
	if err := expectOp(lex, ")"); err != nil {
		return err
	}
	var err error
	if isOp(lex.Peek(), "->") {
		lex.Next()
		if g.Returns, err = parseTest(lex); err != nil {
			return err
		}
	}
	g.Body, err = parseBlockAfter(lex)
	return err
}

// Parse implements participle.Parseable.
func (g *gClassDef) Parse(lex *plex.PeekingLexer) error {
	g.Pos = lex.Peek().Pos
	if err := expectKw(lex, "class"); err != nil {
		return err
	}
	n := lex.Peek()
	if n.Type != lexer.Name {
		return unexpected(n)
	}
	g.Name = lex.Next().Value
	if isOp(lex.Peek(), "(") {
		g.Args = &gCall{}
		if err := g.Args.Parse(lex); err != nil {
			return err
		}
	}
	var err error
	g.Body, err = parseBlockAfter(lex)
	return err
}

// Parse implements participle.Parseable.
func (g *gDecorated) Parse(lex *plex.PeekingLexer) error {
	for isOp(lex.Peek(), "@") {
		d := &gDecorator{Pos: lex.Next().Pos}
		var err error
		if d.Expr, err = parseNamed(lex); err != nil {
			return err
		}
		if lex.Peek().Type != lexer.Newline {
			return unexpected(lex.Peek())
		}
		lex.Next()
		g.Decorators = append(g.Decorators, d)
	}
	t := lex.Peek()
	switch {
	case isKw(t, "def"):
		g.Def = &gFuncDef{}
		return g.Def.Parse(lex)
	case isKw(t, "class"):
		g.Class = &gClassDef{}
		return g.Class.Parse(lex)
	case isKw(t, "async") && isKw(peek2(lex), "def"):
		g.AsyncDef = &gAsyncDef{Pos: lex.Next().Pos, Def: &gFuncDef{}}
		return g.AsyncDef.Def.Parse(lex)
	}
	return unexpected(t)
}

// Parse implements participle.Parseable.
func (g *gAsync) Parse(lex *plex.PeekingLexer) error {
	g.Pos = lex.Peek().Pos
	if err := expectKw(lex, "async"); err != nil {
		return err
	}
	t := lex.Peek()
	switch {
	case isKw(t, "def"):
		g.Def = &gFuncDef{}
		return g.Def.Parse(lex)
	case isKw(t, "for"):
		g.For = &gFor{}
		return g.For.Parse(lex)
	case isKw(t, "with"):
		g.With = &gWith{}
		return g.With.Parse(lex)
	}
	return unexpected(t)
}

// Parse implements participle.Parseable.
func (g *gReturn) Parse(lex *plex.PeekingLexer) error {
	if err := expectKw(lex, "return"); err != nil {
		return err
	}
	e := &gStarExprs{}
	switch err := e.Parse(lex); err {
	case nil:
		g.Value = e
	case participle.NextMatch:
	default:
		return err
	}
	return nil
}

// Parse implements participle.Parseable.
func (g *gRaise) Parse(lex *plex.PeekingLexer) error {
	if err := expectKw(lex, "raise"); err != nil {
		return err
	}
	e := &gTest{}
	switch err := e.Parse(lex); err {
	case nil:
		g.Exc = e
	case participle.NextMatch:
		return nil
	default:
		return err
	}
	if acceptKw(lex, "from") {
		var err error
		g.Cause, err = parseTest(lex)
		return err
	}
	return nil
}

// Parse implements participle.Parseable.
func (g *gDel) Parse(lex *plex.PeekingLexer) error {
	if err := expectKw(lex, "del"); err != nil {
		return err
	}
	g.Targets = &gTargetList{}
	return need(lex, g.Targets.Parse(lex))
}

// Parse implements participle.Parseable.
func (g *gAssert) Parse(lex *plex.PeekingLexer) error {
	if err := expectKw(lex, "assert"); err != nil {
		return err
	}
	var err error
	if g.Test, err = parseTest(lex); err != nil {
		return err
	}
	if isOp(lex.Peek(), ",") {
		lex.Next()
		g.Msg, err = parseTest(lex)
	}
	return err
}

// Parse implements participle.Parseable.
func (g *gNames) Parse(lex *plex.PeekingLexer) error {
	for {
		t := lex.Peek()
		if t.Type != lexer.Name {
			return unexpected(t)
		}
		g.Names = append(g.Names, lex.Next().Value)
		if !isOp(lex.Peek(), ",") {
			return nil
		}
		lex.Next()
	}
}
