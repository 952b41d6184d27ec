package parser

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/asl-lang/asl/ast"
)

func (l *lowerer) atom(g *gAtom) (ast.Expr, error) {
	switch {
	case g.Name != "":
		return &ast.Name{Ctx: ast.Load, Pos: l.span(g.Tokens), Id: g.Name}, nil
	case g.Number != "":
		return &ast.Constant{Pos: l.span(g.Tokens), Value: parseNumber(g.Number)}, nil
	case g.Strings != nil:
		return l.strings(g.Strings)
	case g.Const != "":
		var v any
		switch g.Const {
		case "None":
			v = ast.None
		case "True":
			v = true
		case "False":
			v = false
		default:
			v = ast.Ellipsis
		}
		return &ast.Constant{Pos: l.span(g.Tokens), Value: v}, nil
	case g.Paren != nil:
		return l.paren(g.Paren)
	case g.List != nil:
		return l.list(g.List)
	default:
		return l.brace(g.Brace)
	}
}

// parseNumber converts a Number token (already validated by the lexer).
func parseNumber(s string) any {
	s = strings.ReplaceAll(s, "_", "")
	last := s[len(s)-1] | 0x20
	if last == 'j' {
		f, _ := strconv.ParseFloat(s[:len(s)-1], 64)
		return complex(0, f)
	}
	if len(s) > 1 && s[0] == '0' {
		base := 0
		switch s[1] | 0x20 {
		case 'x':
			base = 16
		case 'o':
			base = 8
		case 'b':
			base = 2
		}
		if base != 0 {
			return parseInt(s[2:], base)
		}
	}
	if strings.ContainsAny(s, ".eE") {
		f, _ := strconv.ParseFloat(s, 64) // out of range gives ±Inf, as CPython
		return f
	}
	return parseInt(s, 10)
}

func parseInt(digits string, base int) any {
	if v, err := strconv.ParseInt(digits, base, 64); err == nil {
		return v
	}
	b, _ := new(big.Int).SetString(digits, base)
	return b
}

func (l *lowerer) paren(g *gParen) (ast.Expr, error) {
	pos := l.span(g.Tokens)
	switch {
	case g.Yield != nil:
		return l.yield(g.Yield)
	case g.Seq == nil:
		return &ast.Tuple{Ctx: ast.Load, Pos: pos, Elts: []ast.Expr{}}, nil
	case g.Seq.Comp != nil:
		elt, gens, err := l.compParts(g.Seq)
		if err != nil {
			return nil, err
		}
		return &ast.GeneratorExp{Pos: pos, Elt: elt, Generators: gens}, nil
	case len(g.Seq.Rest) == 0 && !g.Seq.Comma:
		e, err := l.starNamed(g.Seq.First)
		if err != nil {
			return nil, err
		}
		if _, ok := e.(*ast.Starred); ok {
			return nil, l.errNode(e, "cannot use starred expression here")
		}
		return e, nil
	}
	elts, err := l.seqItems(g.Seq)
	if err != nil {
		return nil, err
	}
	return &ast.Tuple{Ctx: ast.Load, Pos: pos, Elts: elts}, nil
}

func (l *lowerer) seqItems(g *gSeq) ([]ast.Expr, error) {
	out := make([]ast.Expr, 0, 1+len(g.Rest))
	for _, it := range append([]*gStarNamed{g.First}, g.Rest...) {
		e, err := l.starNamed(it)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

// compParts lowers the element and the clauses of a comprehension.
func (l *lowerer) compParts(g *gSeq) (ast.Expr, []*ast.Comprehension, error) {
	elt, err := l.starNamed(g.First)
	if err != nil {
		return nil, nil, err
	}
	if _, ok := elt.(*ast.Starred); ok {
		return nil, nil, l.errNode(elt, "iterable unpacking cannot be used in comprehension")
	}
	gens, err := l.comprehension(g.Comp)
	if err != nil {
		return nil, nil, err
	}
	return elt, gens, nil
}

func (l *lowerer) list(g *gList) (ast.Expr, error) {
	pos := l.span(g.Tokens)
	switch {
	case g.Seq == nil:
		return &ast.List{Ctx: ast.Load, Pos: pos, Elts: []ast.Expr{}}, nil
	case g.Seq.Comp != nil:
		elt, gens, err := l.compParts(g.Seq)
		if err != nil {
			return nil, err
		}
		return &ast.ListComp{Pos: pos, Elt: elt, Generators: gens}, nil
	}
	elts, err := l.seqItems(g.Seq)
	if err != nil {
		return nil, err
	}
	return &ast.List{Ctx: ast.Load, Pos: pos, Elts: elts}, nil
}

func (l *lowerer) brace(g *gBrace) (ast.Expr, error) {
	pos := l.span(g.Tokens)
	if g.First == nil {
		return &ast.Dict{Pos: pos, Keys: []ast.Expr{}, Values: []ast.Expr{}}, nil
	}
	isDict := g.First.DStar != nil || g.First.Value != nil
	if g.Comp != nil {
		gens, err := l.comprehension(g.Comp)
		if err != nil {
			return nil, err
		}
		if g.First.DStar != nil {
			return nil, l.errAt(l.start(g.First.Pos), false, "dict unpacking cannot be used in dict comprehension")
		}
		key, err := l.starNamed(g.First.Key)
		if err != nil {
			return nil, err
		}
		if !isDict {
			if _, ok := key.(*ast.Starred); ok {
				return nil, l.errNode(key, "iterable unpacking cannot be used in comprehension")
			}
			return &ast.SetComp{Pos: pos, Elt: key, Generators: gens}, nil
		}
		val, err := l.test(g.First.Value)
		if err != nil {
			return nil, err
		}
		return &ast.DictComp{Pos: pos, Key: key, Value: val, Generators: gens}, nil
	}
	items := append([]*gBraceItem{g.First}, g.Rest...)
	if isDict {
		d := &ast.Dict{Pos: pos}
		for _, it := range items {
			if it.DStar != nil {
				v, err := l.bitExpr(it.DStar)
				if err != nil {
					return nil, err
				}
				d.Keys = append(d.Keys, nil)
				d.Values = append(d.Values, v)
				continue
			}
			if it.Value == nil {
				e := l.span(it.Tokens)
				return nil, l.errAt(ast.Pos{Lineno: e.EndLineno, ColOffset: e.EndColOffset - 1}, false, "':' expected after dictionary key")
			}
			k, err := l.starNamed(it.Key)
			if err != nil {
				return nil, err
			}
			v, err := l.test(it.Value)
			if err != nil {
				return nil, err
			}
			d.Keys = append(d.Keys, k)
			d.Values = append(d.Values, v)
		}
		return d, nil
	}
	s := &ast.Set{Pos: pos}
	for _, it := range items {
		if it.DStar != nil || it.Value != nil {
			return nil, l.errAt(l.start(it.Pos), false, "invalid syntax")
		}
		e, err := l.starNamed(it.Key)
		if err != nil {
			return nil, err
		}
		s.Elts = append(s.Elts, e)
	}
	return s, nil
}
