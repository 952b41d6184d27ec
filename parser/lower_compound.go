package parser

import (
	plex "github.com/alecthomas/participle/v2/lexer"

	"github.com/asl-lang/asl/ast"
)

func (l *lowerer) compound(c *gCompound) (ast.Stmt, error) {
	switch {
	case c.If != nil:
		return l.ifStmt(c.If)
	case c.While != nil:
		return l.whileStmt(c.While)
	case c.For != nil:
		return l.forStmt(c.For, false, c.For.Pos)
	case c.Try != nil:
		return l.tryStmt(c.Try)
	case c.With != nil:
		return l.withStmt(c.With, false, c.With.Pos)
	case c.Def != nil:
		return l.funcDef(c.Def, nil, false, c.Def.Pos)
	case c.Class != nil:
		return l.classDef(c.Class, nil)
	case c.Decorated != nil:
		return l.decorated(c.Decorated)
	default:
		a := c.Async
		switch {
		case a.Def != nil:
			return l.funcDef(a.Def, nil, true, a.Pos)
		case a.For != nil:
			return l.forStmt(a.For, true, a.Pos)
		default:
			return l.withStmt(a.With, true, a.Pos)
		}
	}
}

// orElse lowers an optional else block.
func (l *lowerer) orElse(b *gBlock) ([]ast.Stmt, error) {
	if b == nil {
		return []ast.Stmt{}, nil
	}
	return l.block(b)
}

func (l *lowerer) ifStmt(g *gIf) (ast.Stmt, error) {
	test, err := l.named(g.Test)
	if err != nil {
		return nil, err
	}
	body, err := l.block(g.Body)
	if err != nil {
		return nil, err
	}
	orelse, err := l.orElse(g.Else)
	if err != nil {
		return nil, err
	}
	// elif chains nest from the last one outwards.
	for i := len(g.Elifs) - 1; i >= 0; i-- {
		e := g.Elifs[i]
		etest, err := l.named(e.Test)
		if err != nil {
			return nil, err
		}
		ebody, err := l.block(e.Body)
		if err != nil {
			return nil, err
		}
		end := blockEnd(ebody)
		if len(orelse) > 0 {
			end = blockEnd(orelse)
		}
		start := l.start(e.Pos)
		orelse = []ast.Stmt{&ast.If{Pos: join(&start, end), Test: etest, Body: ebody, Orelse: orelse}}
	}
	start := l.start(g.Pos)
	end := blockEnd(body)
	if len(orelse) > 0 {
		end = blockEnd(orelse)
	}
	return &ast.If{Pos: join(&start, end), Test: test, Body: body, Orelse: orelse}, nil
}

func (l *lowerer) whileStmt(g *gWhile) (ast.Stmt, error) {
	test, err := l.named(g.Test)
	if err != nil {
		return nil, err
	}
	body, err := l.block(g.Body)
	if err != nil {
		return nil, err
	}
	orelse, err := l.orElse(g.Else)
	if err != nil {
		return nil, err
	}
	start := l.start(g.Pos)
	end := blockEnd(body)
	if len(orelse) > 0 {
		end = blockEnd(orelse)
	}
	return &ast.While{Pos: join(&start, end), Test: test, Body: body, Orelse: orelse}, nil
}

func (l *lowerer) forStmt(g *gFor, async bool, at plex.Position) (ast.Stmt, error) {
	target, err := l.targetList(g.Target)
	if err != nil {
		return nil, err
	}
	if err := l.setCtx(target, ast.Store); err != nil {
		return nil, err
	}
	iter, err := l.starExprs(g.Iter)
	if err != nil {
		return nil, err
	}
	body, err := l.block(g.Body)
	if err != nil {
		return nil, err
	}
	orelse, err := l.orElse(g.Else)
	if err != nil {
		return nil, err
	}
	start := l.start(at)
	end := blockEnd(body)
	if len(orelse) > 0 {
		end = blockEnd(orelse)
	}
	if async {
		return &ast.AsyncFor{Pos: join(&start, end), Target: target, Iter: iter, Body: body, Orelse: orelse}, nil
	}
	return &ast.For{Pos: join(&start, end), Target: target, Iter: iter, Body: body, Orelse: orelse}, nil
}

func (l *lowerer) tryStmt(g *gTry) (ast.Stmt, error) {
	body, err := l.block(g.Body)
	if err != nil {
		return nil, err
	}
	handlers := []*ast.ExceptHandler{}
	star := false
	for i, h := range g.Handlers {
		if i == 0 {
			star = h.Star
		} else if h.Star != star {
			return nil, l.errAt(l.start(h.Pos), false, "cannot have both 'except' and 'except*' on the same 'try'")
		}
		eh := &ast.ExceptHandler{Name: h.Name}
		if h.Type != nil {
			if eh.Type, err = l.test(h.Type); err != nil {
				return nil, err
			}
		}
		if eh.Body, err = l.block(h.Body); err != nil {
			return nil, err
		}
		start := l.start(h.Pos)
		eh.Pos = join(&start, blockEnd(eh.Body))
		handlers = append(handlers, eh)
	}
	orelse, err := l.orElse(g.Else)
	if err != nil {
		return nil, err
	}
	final, err := l.orElse(g.Finally)
	if err != nil {
		return nil, err
	}
	start := l.start(g.Pos)
	end := blockEnd(body)
	switch {
	case len(final) > 0:
		end = blockEnd(final)
	case len(orelse) > 0:
		end = blockEnd(orelse)
	case len(handlers) > 0:
		end = &handlers[len(handlers)-1].Pos
	}
	if len(handlers) == 0 && len(final) == 0 {
		return nil, l.errAt(l.start(g.EndPos), false, "expected 'except' or 'finally' block")
	}
	pos := join(&start, end)
	if star {
		return &ast.TryStar{Pos: pos, Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final}, nil
	}
	return &ast.Try{Pos: pos, Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final}, nil
}

func (l *lowerer) withStmt(g *gWith, async bool, at plex.Position) (ast.Stmt, error) {
	items := g.Items
	if g.Paren != nil {
		items = g.Paren
	}
	var out []*ast.WithItem
	for _, it := range items {
		e, err := l.test(it.Expr)
		if err != nil {
			return nil, err
		}
		wi := &ast.WithItem{ContextExpr: e}
		if it.Target != nil {
			if wi.OptionalVars, err = l.starBit(it.Target); err != nil {
				return nil, err
			}
			if err := l.setCtx(wi.OptionalVars, ast.Store); err != nil {
				return nil, err
			}
		}
		out = append(out, wi)
	}
	body, err := l.block(g.Body)
	if err != nil {
		return nil, err
	}
	start := l.start(at)
	pos := join(&start, blockEnd(body))
	if async {
		return &ast.AsyncWith{Pos: pos, Items: out, Body: body}, nil
	}
	return &ast.With{Pos: pos, Items: out, Body: body}, nil
}

func (l *lowerer) decorated(g *gDecorated) (ast.Stmt, error) {
	var decs []ast.Expr
	for _, d := range g.Decorators {
		e, err := l.named(d.Expr)
		if err != nil {
			return nil, err
		}
		decs = append(decs, e)
	}
	switch {
	case g.Def != nil:
		return l.funcDef(g.Def, decs, false, g.Def.Pos)
	case g.AsyncDef != nil:
		return l.funcDef(g.AsyncDef.Def, decs, true, g.AsyncDef.Pos)
	default:
		return l.classDef(g.Class, decs)
	}
}

func (l *lowerer) funcDef(g *gFuncDef, decs []ast.Expr, async bool, at plex.Position) (ast.Stmt, error) {
	args, err := l.params(g.Params)
	if err != nil {
		return nil, err
	}
	var returns ast.Expr
	if g.Returns != nil {
		if returns, err = l.test(g.Returns); err != nil {
			return nil, err
		}
	}
	body, err := l.block(g.Body)
	if err != nil {
		return nil, err
	}
	if decs == nil {
		decs = []ast.Expr{}
	}
	start := l.start(at)
	pos := join(&start, blockEnd(body))
	if async {
		return &ast.AsyncFunctionDef{Pos: pos, Name: g.Name, Args: args, Body: body, DecoratorList: decs, Returns: returns}, nil
	}
	return &ast.FunctionDef{Pos: pos, Name: g.Name, Args: args, Body: body, DecoratorList: decs, Returns: returns}, nil
}

func (l *lowerer) classDef(g *gClassDef, decs []ast.Expr) (ast.Stmt, error) {
	cd := &ast.ClassDef{Name: g.Name, Bases: []ast.Expr{}, Keywords: []*ast.Keyword{}, DecoratorList: decs}
	if decs == nil {
		cd.DecoratorList = []ast.Expr{}
	}
	if g.Args != nil {
		call, err := l.call(g.Args, nil)
		if err != nil {
			return nil, err
		}
		cd.Bases, cd.Keywords = call.Args, call.Keywords
	}
	body, err := l.block(g.Body)
	if err != nil {
		return nil, err
	}
	cd.Body = body
	start := l.start(g.Pos)
	cd.Pos = join(&start, blockEnd(body))
	return cd, nil
}
