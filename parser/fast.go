package parser

import (
	"github.com/alecthomas/participle/v2"
	plex "github.com/alecthomas/participle/v2/lexer"

	"github.com/asl-lang/asl/lexer"
)

// Hot productions implement participle's Parseable interface instead of
// being interpreted from struct tags. Participle tries the alternatives of
// a disjunction one by one, allocating a branch context and the node for
// each; on a statement or an operand that means a dozen failed attempts.
// These productions decide from the next token instead, and hand every
// other production back to participle's grammar (sub-parsers built from the
// same grammar). docs/parser.md has the measurements.
//
// Grammar of the productions written here, in participle's notation:
//
//	gStmt    = @@gCompound | @@gSimpleLine                     (by first token)
//	gSmall   = "pass" | "break" | "continue" | gReturn | gRaise
//	         | "global" gNames | "nonlocal" gNames | gDel | gAssert
//	         | gImport | gFrom | gExprStmt                      (by first token)
//	gDisj    = gOperand ( BinOp gOperand )*
//	gBitExpr = gOperand ( BitOp gOperand )*
//	gOperand = ( "not" | "-" | "+" | "~" )* "await"? gAtom gTrailer*
//	gAtom    = Name | Number | String+ | "None" | "True" | "False" | "..."
//	         | gParen | gList | gBrace
//	gTrailer = gCall | "[" gSubscript "]" | "." Name

// sub holds the participle parsers for the productions that are still
// interpreted from struct tags.
var sub struct {
	lambda *participle.Parser[gLambda]
	imp    *participle.Parser[gImport]
	from   *participle.Parser[gFrom]
	param  *participle.Parser[gParam]
}

func buildSub(root *participle.Parser[gRoot]) error {
	var err error
	if sub.lambda, err = participle.ParserForProduction[gLambda](root); err != nil {
		return err
	}
	if sub.imp, err = participle.ParserForProduction[gImport](root); err != nil {
		return err
	}
	if sub.from, err = participle.ParserForProduction[gFrom](root); err != nil {
		return err
	}
	sub.param, err = participle.ParserForProduction[gParam](root)
	return err
}

// parseSub runs a sub-parser at the lexer's position.
func parseSub[T any](p *participle.Parser[T], lex *plex.PeekingLexer) (*T, error) {
	return p.ParseFromLexer(lex, participle.AllowTrailing(true))
}

func unexpected(t *plex.Token) error {
	return &participle.UnexpectedTokenError{Unexpected: *t}
}

var compoundStart = map[string]bool{
	"if": true, "while": true, "for": true, "try": true, "with": true, "def": true,
	"class": true, "async": true,
}

// Parse implements participle.Parseable.
func (g *gFile) Parse(lex *plex.PeekingLexer) error {
	var err error
	g.Stmts, err = parseStmts(lex, func(t *plex.Token) bool { return t.EOF() })
	return err
}

// parseStmts reads statements until end says the next token ends them.
func parseStmts(lex *plex.PeekingLexer, end func(*plex.Token) bool) ([]*gStmt, error) {
	var out []*gStmt
	for !end(lex.Peek()) {
		s := &gStmt{}
		if err := s.Parse(lex); err != nil {
			return nil, need(lex, err)
		}
		out = append(out, s)
	}
	return out, nil
}

// Parse implements participle.Parseable.
func (g *gBlock) Parse(lex *plex.PeekingLexer) error {
	g.Pos = lex.Peek().Pos
	if lex.Peek().Type != lexer.Newline {
		s := &gSimpleLine{}
		if err := s.Parse(lex); err != nil {
			return err
		}
		g.Simple = s
		return nil
	}
	lex.Next()
	if lex.Peek().Type != lexer.Indent {
		return unexpected(lex.Peek())
	}
	lex.Next()
	stmts, err := parseStmts(lex, func(t *plex.Token) bool { return t.Type == lexer.Dedent || t.EOF() })
	if err != nil {
		return err
	}
	g.Stmts = stmts
	lex.Next()
	return nil
}

// Parse implements participle.Parseable.
func (g *gStmt) Parse(lex *plex.PeekingLexer) error {
	t := lex.Peek()
	switch {
	case t.EOF() || t.Type == lexer.Dedent:
		return participle.NextMatch
	case t.Type == lexer.Keyword && compoundStart[t.Value] || t.Type == lexer.Op && t.Value == "@":
		c := &gCompound{}
		if err := c.Parse(lex); err != nil {
			return err
		}
		g.Compound = c
		return nil
	}
	s := &gSimpleLine{}
	if err := s.Parse(lex); err != nil {
		return err
	}
	g.Simple = s
	return nil
}

// Parse implements participle.Parseable.
func (g *gSmall) Parse(lex *plex.PeekingLexer) error {
	start := lex.MakeCheckpoint()
	t := lex.Peek()
	g.Pos = t.Pos
	var err error
	if t.Type == lexer.Keyword {
		switch t.Value {
		case "pass", "break", "continue":
			lex.Next()
			g.Pass, g.Break, g.Continue = t.Value == "pass", t.Value == "break", t.Value == "continue"
		case "return":
			g.Return = &gReturn{}
			err = g.Return.Parse(lex)
		case "raise":
			g.Raise = &gRaise{}
			err = g.Raise.Parse(lex)
		case "global", "nonlocal":
			lex.Next()
			n := &gNames{}
			err = n.Parse(lex)
			if t.Value == "global" {
				g.Global = n
			} else {
				g.Nonlocal = n
			}
		case "del":
			g.Del = &gDel{}
			err = g.Del.Parse(lex)
		case "assert":
			g.Assert = &gAssert{}
			err = g.Assert.Parse(lex)
		case "import":
			g.Import, err = parseSub(sub.imp, lex)
		case "from":
			g.From, err = parseSub(sub.from, lex)
		default:
			g.Expr, err = parseExprStmt(lex)
		}
	} else {
		g.Expr, err = parseExprStmt(lex)
	}
	if err != nil {
		return err
	}
	g.Tokens = lex.Range(start.RawCursor(), lex.RawCursor())
	return nil
}

func parseExprStmt(lex *plex.PeekingLexer) (*gExprStmt, error) {
	e := &gExprStmt{}
	if err := e.Parse(lex); err != nil {
		return nil, err
	}
	return e, nil
}

// Parse implements participle.Parseable.
func (g *gDisj) Parse(lex *plex.PeekingLexer) error {
	return parseFlat(lex, &g.Head, &g.Tail, &g.Tokens, &g.Pos, true)
}

// Parse implements participle.Parseable.
func (g *gBitExpr) Parse(lex *plex.PeekingLexer) error {
	return parseFlat(lex, &g.Head, &g.Tail, &g.Tokens, &g.Pos, false)
}

var bitOps = map[string]bool{
	"|": true, "^": true, "&": true, "<<": true, ">>": true, "+": true, "-": true,
	"*": true, "/": true, "//": true, "%": true, "@": true, "**": true,
}

var cmpOpTokens = map[string]bool{"<": true, ">": true, "==": true, ">=": true, "<=": true, "!=": true}

// parseFlat reads an operand and the operator/operand pairs after it; all
// says whether boolean and comparison operators are allowed.
func parseFlat(lex *plex.PeekingLexer, head **gOperand, tail *[]*gBinOp, toks *[]plex.Token, pos *plex.Position, all bool) error {
	start := lex.MakeCheckpoint()
	*pos = lex.Peek().Pos
	h, err := parseOperand(lex)
	if err != nil {
		return err
	}
	*head = h
	for {
		before := lex.MakeCheckpoint()
		t := lex.Peek()
		op := ""
		switch t.Type {
		case lexer.Op:
			if bitOps[t.Value] || all && cmpOpTokens[t.Value] {
				op = t.Value
				lex.Next()
			}
		case lexer.Keyword:
			if !all {
				break
			}
			switch t.Value {
			case "or", "and", "in":
				op = t.Value
				lex.Next()
			case "is":
				lex.Next()
				op = "is"
				if n := lex.Peek(); n.Type == lexer.Keyword && n.Value == "not" {
					lex.Next()
					op = "isnot"
				}
			case "not":
				lex.Next()
				if n := lex.Peek(); n.Type == lexer.Keyword && n.Value == "in" {
					lex.Next()
					op = "notin"
				} else {
					lex.LoadCheckpoint(before)
				}
			}
		}
		if op == "" {
			break
		}
		right, err := parseOperand(lex)
		if err != nil || right == nil {
			lex.LoadCheckpoint(before)
			break
		}
		*tail = append(*tail, &gBinOp{Pos: t.Pos, Op: op, Right: right})
	}
	*toks = lex.Range(start.RawCursor(), lex.RawCursor())
	return nil
}

// parseOperand reads prefix operators, await, an atom and its trailers. It
// returns participle.NextMatch when the next token cannot start an operand.
func parseOperand(lex *plex.PeekingLexer) (*gOperand, error) {
	start := lex.MakeCheckpoint()
	g := &gOperand{Pos: lex.Peek().Pos}
	for {
		t := lex.Peek()
		if t.Type == lexer.Op && (t.Value == "-" || t.Value == "+" || t.Value == "~") || t.Type == lexer.Keyword && t.Value == "not" {
			g.Prefix = append(g.Prefix, &gPrefix{Pos: t.Pos, Op: t.Value})
			lex.Next()
			continue
		}
		break
	}
	if t := lex.Peek(); t.Type == lexer.Keyword && t.Value == "await" {
		g.Await = true
		lex.Next()
	}
	if err := parseAtom(lex, &g.Atom); err != nil {
		if err == participle.NextMatch && lex.Cursor() != start.Cursor() {
			err = unexpected(lex.Peek())
		}
		return nil, err
	}
	for {
		tr, err := parseTrailer(lex)
		if err == participle.NextMatch {
			break
		}
		if err != nil {
			return nil, err
		}
		g.Trailers = append(g.Trailers, tr)
	}
	g.Tokens = lex.Range(start.RawCursor(), lex.RawCursor())
	return g, nil
}

func parseAtom(lex *plex.PeekingLexer, a *gAtom) error {
	start := lex.MakeCheckpoint()
	t := lex.Peek()
	a.Pos = t.Pos
	var err error
	switch t.Type {
	case lexer.Name:
		a.Name = t.Value
		lex.Next()
	case lexer.Number:
		a.Number = t.Value
		lex.Next()
	case lexer.String:
		s := &gStrings{}
		for lex.Peek().Type == lexer.String {
			s.Parts = append(s.Parts, lex.Next().Value)
		}
		s.Tokens = lex.Range(start.RawCursor(), lex.RawCursor())
		a.Strings = s
	case lexer.Keyword:
		switch t.Value {
		case "None", "True", "False":
			a.Const = t.Value
			lex.Next()
		default:
			return participle.NextMatch
		}
	case lexer.Op:
		switch t.Value {
		case "...":
			a.Const = t.Value
			lex.Next()
		case "(":
			a.Paren = &gParen{}
			err = a.Paren.Parse(lex)
		case "[":
			a.List = &gList{}
			err = a.List.Parse(lex)
		case "{":
			a.Brace = &gBrace{}
			err = a.Brace.Parse(lex)
		default:
			return participle.NextMatch
		}
	default:
		return participle.NextMatch
	}
	if err != nil {
		return err
	}
	a.Tokens = lex.Range(start.RawCursor(), lex.RawCursor())
	return nil
}

func parseTrailer(lex *plex.PeekingLexer) (*gTrailer, error) {
	start := lex.MakeCheckpoint()
	t := lex.Peek()
	if t.Type != lexer.Op {
		return nil, participle.NextMatch
	}
	tr := &gTrailer{Pos: t.Pos}
	var err error
	switch t.Value {
	case "(":
		c := &gCall{}
		if err = c.Parse(lex); err == nil {
			tr.Call = c
		}
	case "[":
		lex.Next()
		tr.Index = &gSubscript{}
		if err = tr.Index.Parse(lex); err == nil {
			if c := lex.Peek(); c.Type != lexer.Op || c.Value != "]" {
				err = unexpected(c)
			} else {
				lex.Next()
			}
		}
	case ".":
		lex.Next()
		n := lex.Peek()
		if n.Type != lexer.Name {
			lex.LoadCheckpoint(start)
			return nil, participle.NextMatch
		}
		tr.Attr = n.Value
		lex.Next()
	default:
		return nil, participle.NextMatch
	}
	if err != nil {
		return nil, err
	}
	tr.Tokens = lex.Range(start.RawCursor(), lex.RawCursor())
	return tr, nil
}
