package parser

import (
	"github.com/asl-lang/asl/ast"
)

func (l *lowerer) starExprs(g *gStarExprs) (ast.Expr, error) {
	if len(g.Items) == 1 && !g.Comma {
		return l.starExpr(g.Items[0])
	}
	t := &ast.Tuple{Ctx: ast.Load, Pos: l.span(g.Tokens), Elts: make([]ast.Expr, 0, len(g.Items))}
	for _, it := range g.Items {
		e, err := l.starExpr(it)
		if err != nil {
			return nil, err
		}
		t.Elts = append(t.Elts, e)
	}
	return t, nil
}

func (l *lowerer) starExpr(g *gStarExpr) (ast.Expr, error) {
	if g.Star != nil {
		v, err := l.bitExpr(g.Star)
		if err != nil {
			return nil, err
		}
		return &ast.Starred{Ctx: ast.Load, Pos: l.span(g.Tokens), Value: v}, nil
	}
	return l.test(&g.Expr)
}

func (l *lowerer) named(g *gNamed) (ast.Expr, error) {
	v, err := l.test(&g.Value)
	if err != nil {
		return nil, err
	}
	if g.Name == "" {
		return v, nil
	}
	pos := l.span(g.Tokens[:1])
	return &ast.NamedExpr{Pos: l.span(g.Tokens), Target: &ast.Name{Pos: pos, Id: g.Name, Ctx: ast.Store}, Value: v}, nil
}

func (l *lowerer) starNamed(g *gStarNamed) (ast.Expr, error) {
	if g.Star != nil {
		v, err := l.bitExpr(g.Star)
		if err != nil {
			return nil, err
		}
		return &ast.Starred{Ctx: ast.Load, Pos: l.span(g.Tokens), Value: v}, nil
	}
	return l.named(&g.Expr)
}

func (l *lowerer) test(g *gTest) (ast.Expr, error) {
	if g.Lambda != nil {
		return l.lambda(g.Lambda)
	}
	body, err := l.disj(&g.Body)
	if err != nil {
		return nil, err
	}
	if g.Cond == nil {
		return body, nil
	}
	cond, err := l.disj(g.Cond)
	if err != nil {
		return nil, err
	}
	orelse, err := l.test(g.Else)
	if err != nil {
		return nil, err
	}
	return &ast.IfExp{Pos: join(posOf(body), posOf(orelse)), Test: cond, Body: body, Orelse: orelse}, nil
}

func (l *lowerer) lambda(g *gLambda) (ast.Expr, error) {
	args, err := l.lambdaParams(g.Params)
	if err != nil {
		return nil, err
	}
	body, err := l.test(g.Body)
	if err != nil {
		return nil, err
	}
	return &ast.Lambda{Pos: l.span(g.Tokens), Args: args, Body: body}, nil
}

func (l *lowerer) yield(g *gYield) (ast.Expr, error) {
	pos := l.span(g.Tokens)
	if g.From != nil {
		v, err := l.test(g.From)
		if err != nil {
			return nil, err
		}
		return &ast.YieldFrom{Pos: pos, Value: v}, nil
	}
	y := &ast.Yield{Pos: pos}
	if g.Value != nil {
		v, err := l.starExprs(g.Value)
		if err != nil {
			return nil, err
		}
		y.Value = v
	}
	return y, nil
}

// operand lowers an atom with its trailers and an optional await; prefix
// operators are handled by the climber.
func (l *lowerer) operand(g *gOperand) (ast.Expr, error) {
	e, err := l.atom(&g.Atom)
	if err != nil {
		return nil, err
	}
	for _, t := range g.Trailers {
		if e, err = l.trailer(e, t); err != nil {
			return nil, err
		}
	}
	if g.Await {
		start := l.start(g.Tokens[len(g.Prefix)].Pos)
		e = &ast.Await{Pos: join(&start, posOf(e)), Value: e}
	}
	return e, nil
}

func (l *lowerer) trailer(e ast.Expr, t *gTrailer) (ast.Expr, error) {
	end := l.span(t.Tokens)
	pos := join(posOf(e), &end)
	switch {
	case t.Call != nil:
		call, err := l.call(t.Call, e)
		if err != nil {
			return nil, err
		}
		call.Pos = pos
		return call, nil
	case t.Index != nil:
		s, err := l.subscript(t.Index, t)
		if err != nil {
			return nil, err
		}
		return &ast.Subscript{Ctx: ast.Load, Pos: pos, Value: e, Slice: s}, nil
	default:
		return &ast.Attribute{Ctx: ast.Load, Pos: pos, Value: e, Attr: t.Attr}, nil
	}
}

func (l *lowerer) subscript(g *gSubscript, t *gTrailer) (ast.Expr, error) {
	if len(g.Items) == 1 && !g.Comma && g.Items[0].Star == nil {
		return l.slice(g.Items[0])
	}
	tup := &ast.Tuple{Ctx: ast.Load, Elts: make([]ast.Expr, 0, len(g.Items))}
	for _, it := range g.Items {
		e, err := l.slice(it)
		if err != nil {
			return nil, err
		}
		tup.Elts = append(tup.Elts, e)
	}
	// The tuple spans from its first to its last element.
	tup.Pos = join(posOf(tup.Elts[0]), posOf(tup.Elts[len(tup.Elts)-1]))
	if g.Comma {
		tup.Pos.EndColOffset++
	}
	return tup, nil
}

func (l *lowerer) slice(g *gSlice) (ast.Expr, error) {
	if g.Star != nil {
		v, err := l.bitExpr(g.Star)
		if err != nil {
			return nil, err
		}
		return &ast.Starred{Ctx: ast.Load, Pos: l.span(g.Tokens), Value: v}, nil
	}
	rest := g.Rest1
	if rest == nil {
		rest = g.Rest2
	}
	if rest == nil {
		return l.named(g.Lower)
	}
	s := &ast.Slice{Pos: l.span(g.Tokens)}
	var err error
	if g.Lower != nil {
		if g.Lower.Name != "" {
			return nil, l.errAt(l.start(g.Pos), false, "invalid syntax")
		}
		if s.Lower, err = l.test(&g.Lower.Value); err != nil {
			return nil, err
		}
	}
	if rest.Upper != nil {
		if s.Upper, err = l.test(rest.Upper); err != nil {
			return nil, err
		}
	}
	if rest.Step != nil {
		if s.Step, err = l.test(rest.Step); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// call lowers call arguments; fn may be nil for class bases.
func (l *lowerer) call(g *gCall, fn ast.Expr) (*ast.Call, error) {
	c := &ast.Call{Func: fn, Args: []ast.Expr{}, Keywords: []*ast.Keyword{}}
	sawKeyword, sawDStar := false, false
	for _, a := range g.Args {
		pos := l.span(a.Tokens)
		switch {
		case a.Star != nil:
			v, err := l.test(a.Star)
			if err != nil {
				return nil, err
			}
			if sawDStar {
				return nil, l.errAt(pos, true, "iterable argument unpacking follows keyword argument unpacking")
			}
			c.Args = append(c.Args, &ast.Starred{Ctx: ast.Load, Pos: pos, Value: v})
		case a.DStar != nil:
			v, err := l.test(a.DStar)
			if err != nil {
				return nil, err
			}
			sawDStar = true
			c.Keywords = append(c.Keywords, &ast.Keyword{Pos: pos, Value: v})
		case a.Kw != "":
			v, err := l.test(a.KwVal)
			if err != nil {
				return nil, err
			}
			sawKeyword = true
			c.Keywords = append(c.Keywords, &ast.Keyword{Pos: pos, Arg: a.Kw, Value: v})
		default:
			v, err := l.named(a.Value)
			if err != nil {
				return nil, err
			}
			if a.Comp != nil {
				gens, err := l.comprehension(a.Comp)
				if err != nil {
					return nil, err
				}
				if len(g.Args) > 1 {
					return nil, l.errAt(pos, true, "Generator expression must be parenthesized")
				}
				// A lone generator argument spans the call's parentheses.
				gpos := l.span(g.Tokens)
				v = &ast.GeneratorExp{Pos: gpos, Elt: v, Generators: gens}
			}
			// CPython reports these at the call's closing parenthesis.
			closing := l.span(g.Tokens[len(g.Tokens)-1:])
			if sawDStar {
				return nil, l.errAt(closing, false, "positional argument follows keyword argument unpacking")
			}
			if sawKeyword {
				return nil, l.errAt(closing, false, "positional argument follows keyword argument")
			}
			c.Args = append(c.Args, v)
		}
	}
	return c, nil
}

func (l *lowerer) comprehension(g *gCompFor) ([]*ast.Comprehension, error) {
	var out []*ast.Comprehension
	for ; g != nil; g = g.Next {
		target, err := l.targetList(g.Target)
		if err != nil {
			return nil, err
		}
		if err := l.setCtx(target, ast.Store); err != nil {
			return nil, err
		}
		iter, err := l.disj(g.Iter)
		if err != nil {
			return nil, err
		}
		c := &ast.Comprehension{Target: target, Iter: iter, Ifs: []ast.Expr{}}
		if g.Async {
			c.IsAsync = 1
		}
		for _, cond := range g.Ifs {
			e, err := l.disj(cond)
			if err != nil {
				return nil, err
			}
			c.Ifs = append(c.Ifs, e)
		}
		out = append(out, c)
	}
	return out, nil
}

func (l *lowerer) targetList(g *gTargetList) (ast.Expr, error) {
	if len(g.Items) == 1 && !g.Comma {
		return l.starBit(g.Items[0])
	}
	items, err := l.targetItems(g)
	if err != nil {
		return nil, err
	}
	return &ast.Tuple{Ctx: ast.Load, Pos: l.span(g.Tokens), Elts: items}, nil
}

func (l *lowerer) targetItems(g *gTargetList) ([]ast.Expr, error) {
	out := make([]ast.Expr, 0, len(g.Items))
	for _, it := range g.Items {
		e, err := l.starBit(it)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

func (l *lowerer) starBit(g *gStarBit) (ast.Expr, error) {
	e, err := l.bitExpr(g.Expr)
	if err != nil {
		return nil, err
	}
	if g.Star {
		return &ast.Starred{Ctx: ast.Load, Pos: l.span(g.Tokens), Value: e}, nil
	}
	return e, nil
}
