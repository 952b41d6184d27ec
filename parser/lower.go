package parser

import (
	"fmt"
	"strings"

	plex "github.com/alecthomas/participle/v2/lexer"

	"github.com/asl-lang/asl/ast"
	"github.com/asl-lang/asl/lexer"
)

// lowerer turns the participle parse tree into ast nodes.
type lowerer struct {
	filename string
	src      string
	// line and column added to positions, for f-string expressions parsed
	// out of a larger file.
	lineBase, colBase int
}

// errAt reports a SyntaxError located at pos (and ending at end, when end
// is not nil).
func (l *lowerer) errAt(pos ast.Pos, withEnd bool, format string, args ...any) *lexer.Error {
	text := lexer.LineText(l.src, pos.Lineno)
	e := &lexer.Error{
		Kind:     "SyntaxError",
		Msg:      fmt.Sprintf(format, args...),
		Filename: l.filename,
		Line:     pos.Lineno,
		Offset:   pos.ColOffset + 1, // CPython 3.11 reports parser errors in bytes
		Text:     text,
	}
	if withEnd {
		e.EndLine = pos.EndLineno
		if pos.EndLineno == pos.Lineno {
			e.EndOffset = pos.EndColOffset + 1
		} else {
			e.EndOffset = len(text) + 1
		}
	}
	return e
}

// errAfter reports an error with the caret just past the end of pos, where
// CPython 3.11 puts the errors it finds in string literals.
func (l *lowerer) errAfter(pos ast.Pos, format string, args ...any) *lexer.Error {
	return l.errAt(ast.Pos{Lineno: pos.EndLineno, ColOffset: pos.EndColOffset}, false, format, args...)
}

// errNode reports a SyntaxError spanning node n.
func (l *lowerer) errNode(n ast.Node, format string, args ...any) *lexer.Error {
	return l.errAt(*posOf(n), true, format, args...)
}

func posOf(n ast.Node) *ast.Pos {
	if p, ok := n.(ast.Positioned); ok {
		return p.GetPos()
	}
	return &ast.Pos{}
}

// start converts a participle position to the start of an ast.Pos.
func (l *lowerer) start(p plex.Position) ast.Pos {
	line, col := p.Line, p.Column-1
	if line == 1 {
		col += l.colBase
	}
	return ast.Pos{Lineno: line + l.lineBase, ColOffset: col}
}

// span is the position covering toks.
func (l *lowerer) span(toks []plex.Token) ast.Pos {
	if len(toks) == 0 {
		return ast.Pos{}
	}
	p := l.start(toks[0].Pos)
	p.EndLineno, p.EndColOffset = l.tokEnd(toks[len(toks)-1])
	return p
}

// tokEnd is the line and column just past tok.
func (l *lowerer) tokEnd(t plex.Token) (int, int) {
	line, col := t.Pos.Line, t.Pos.Column-1
	if i := strings.LastIndexByte(t.Value, '\n'); i >= 0 && t.Type != lexer.Newline {
		line += strings.Count(t.Value, "\n")
		col = len(t.Value) - i - 1
	} else {
		col += len(t.Value)
		if line == 1 {
			col += l.colBase
		}
	}
	return line + l.lineBase, col
}

// join is the position from a's start to b's end.
func join(a, b *ast.Pos) ast.Pos {
	return ast.Pos{Lineno: a.Lineno, ColOffset: a.ColOffset, EndLineno: b.EndLineno, EndColOffset: b.EndColOffset}
}

func (l *lowerer) file(g *gFile) (*ast.Module, error) {
	mod := &ast.Module{Body: []ast.Stmt{}}
	for _, s := range g.Stmts {
		stmts, err := l.stmt(s)
		if err != nil {
			return nil, err
		}
		mod.Body = append(mod.Body, stmts...)
	}
	return mod, nil
}

func (l *lowerer) stmt(s *gStmt) ([]ast.Stmt, error) {
	if s.Compound != nil {
		st, err := l.compound(s.Compound)
		if err != nil {
			return nil, err
		}
		return []ast.Stmt{st}, nil
	}
	return l.simpleLine(s.Simple)
}

func (l *lowerer) simpleLine(g *gSimpleLine) ([]ast.Stmt, error) {
	out := make([]ast.Stmt, 0, len(g.Stmts))
	for _, s := range g.Stmts {
		st, err := l.small(s)
		if err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	return out, nil
}

func (l *lowerer) block(b *gBlock) ([]ast.Stmt, error) {
	if b.Simple != nil {
		return l.simpleLine(b.Simple)
	}
	out := make([]ast.Stmt, 0, len(b.Stmts))
	for _, s := range b.Stmts {
		st, err := l.stmt(s)
		if err != nil {
			return nil, err
		}
		out = append(out, st...)
	}
	return out, nil
}

// blockEnd is the end of the last statement of body.
func blockEnd(body []ast.Stmt) *ast.Pos {
	if len(body) == 0 {
		return &ast.Pos{}
	}
	return posOf(body[len(body)-1])
}

func (l *lowerer) small(s *gSmall) (ast.Stmt, error) {
	pos := l.span(s.Tokens)
	switch {
	case s.Pass:
		return &ast.Pass{Pos: pos}, nil
	case s.Break:
		return &ast.Break{Pos: pos}, nil
	case s.Continue:
		return &ast.Continue{Pos: pos}, nil
	case s.Return != nil:
		r := &ast.Return{Pos: pos}
		if s.Return.Value != nil {
			v, err := l.starExprs(s.Return.Value)
			if err != nil {
				return nil, err
			}
			r.Value = v
		}
		return r, nil
	case s.Raise != nil:
		r := &ast.Raise{Pos: pos}
		var err error
		if s.Raise.Exc != nil {
			if r.Exc, err = l.test(s.Raise.Exc); err != nil {
				return nil, err
			}
		}
		if s.Raise.Cause != nil {
			if r.Cause, err = l.test(s.Raise.Cause); err != nil {
				return nil, err
			}
		}
		return r, nil
	case s.Global != nil:
		return &ast.Global{Pos: pos, Names: s.Global.Names}, nil
	case s.Nonlocal != nil:
		return &ast.Nonlocal{Pos: pos, Names: s.Nonlocal.Names}, nil
	case s.Del != nil:
		targets, err := l.targetItems(s.Del.Targets)
		if err != nil {
			return nil, err
		}
		for _, t := range targets {
			if err := l.setCtx(t, ast.Del); err != nil {
				return nil, err
			}
		}
		return &ast.Delete{Pos: pos, Targets: targets}, nil
	case s.Assert != nil:
		a := &ast.Assert{Pos: pos}
		var err error
		if a.Test, err = l.test(s.Assert.Test); err != nil {
			return nil, err
		}
		if s.Assert.Msg != nil {
			if a.Msg, err = l.test(s.Assert.Msg); err != nil {
				return nil, err
			}
		}
		return a, nil
	case s.Import != nil:
		im := &ast.Import{Pos: pos}
		for _, n := range s.Import.Names {
			im.Names = append(im.Names, &ast.Alias{Pos: l.span(n.Tokens), Name: strings.Join(n.Name, "."), Asname: n.As})
		}
		return im, nil
	case s.From != nil:
		return l.importFrom(s.From, pos)
	default:
		return l.exprStmt(s.Expr, pos)
	}
}

func (l *lowerer) importFrom(g *gFrom, pos ast.Pos) (ast.Stmt, error) {
	st := &ast.ImportFrom{Pos: pos, Module: strings.Join(g.Module, ".")}
	for _, d := range g.Dots {
		st.Level += len(d)
	}
	names := g.Names
	if g.Paren != nil {
		names = g.Paren
	}
	if g.Star {
		star := pos
		star.ColOffset = star.EndColOffset - 1
		st.Names = []*ast.Alias{{Pos: star, Name: "*"}}
		return st, nil
	}
	for _, n := range names {
		st.Names = append(st.Names, &ast.Alias{Pos: l.span(n.Tokens), Name: n.Name, Asname: n.As})
	}
	return st, nil
}

func (l *lowerer) rhs(g *gRhs) (ast.Expr, error) {
	if g.Yield != nil {
		return l.yield(g.Yield)
	}
	return l.starExprs(g.Exprs)
}

func (l *lowerer) exprStmt(g *gExprStmt, pos ast.Pos) (ast.Stmt, error) {
	first, err := l.rhs(g.First)
	if err != nil {
		return nil, err
	}
	switch {
	case g.Annot != nil:
		return l.annAssign(g, first, pos)
	case g.AugOp != "":
		if err := l.augTarget(first); err != nil {
			return nil, err
		}
		val, err := l.rhs(g.AugVal)
		if err != nil {
			return nil, err
		}
		return &ast.AugAssign{Pos: pos, Target: first, Op: binOps[strings.TrimSuffix(g.AugOp, "=")], Value: val}, nil
	case len(g.Rest) > 0:
		exprs := []ast.Expr{first}
		for _, r := range g.Rest {
			e, err := l.rhs(r)
			if err != nil {
				return nil, err
			}
			exprs = append(exprs, e)
		}
		targets := exprs[:len(exprs)-1]
		for i, t := range targets {
			if err := l.assignTarget(t, i == 0 && len(targets) == 1, exprs[i+1]); err != nil {
				return nil, err
			}
		}
		return &ast.Assign{Pos: pos, Targets: targets, Value: exprs[len(exprs)-1]}, nil
	}
	return &ast.ExprStmt{Pos: pos, Value: first}, nil
}

func (l *lowerer) annAssign(g *gExprStmt, target ast.Expr, pos ast.Pos) (ast.Stmt, error) {
	simple := 0
	switch t := target.(type) {
	case *ast.Name:
		if !g.First.parenthesized() {
			simple = 1
		}
	case *ast.Attribute, *ast.Subscript:
	case *ast.Tuple:
		return nil, l.errNode(t, "only single target (not tuple) can be annotated")
	case *ast.List:
		return nil, l.errNode(t, "only single target (not list) can be annotated")
	default:
		return nil, l.errNode(t, "illegal target for annotation")
	}
	if err := l.setCtx(target, ast.Store); err != nil {
		return nil, err
	}
	ann, err := l.test(g.Annot)
	if err != nil {
		return nil, err
	}
	st := &ast.AnnAssign{Pos: pos, Target: target, Annotation: ann, Simple: simple}
	if g.AnnVal != nil {
		if st.Value, err = l.rhs(g.AnnVal); err != nil {
			return nil, err
		}
	}
	return st, nil
}

// parenthesized reports whether the expression is a single parenthesized
// atom, as in "(x): int".
func (g *gRhs) parenthesized() bool {
	if g.Exprs == nil || len(g.Exprs.Items) != 1 || g.Exprs.Comma {
		return false
	}
	return len(g.Exprs.Tokens) > 0 && g.Exprs.Tokens[0].Value == "("
}
