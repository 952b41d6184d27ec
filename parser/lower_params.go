package parser

import (
	plex "github.com/alecthomas/participle/v2/lexer"

	"github.com/asl-lang/asl/ast"
)

type paramKind int

const (
	pPlain paramKind = iota
	pSlash
	pStar
	pDStar
)

// param is one parameter of a def or a lambda, in a shape common to both.
type param struct {
	kind   paramKind
	name   string
	at     plex.Position
	toks   []plex.Token // the name and its annotation
	annot  *gTest
	def    *gTest
	allTok []plex.Token // the whole parameter
}

func (l *lowerer) params(gs []*gParam) (*ast.Arguments, error) {
	ps := make([]param, 0, len(gs))
	for _, g := range gs {
		p := param{at: g.Pos, def: g.Default, allTok: g.Tokens}
		var n *gParamName
		switch {
		case g.Slash:
			p.kind = pSlash
		case g.Star:
			p.kind, n = pStar, g.StarArg
		case g.DStar != nil:
			p.kind, n = pDStar, g.DStar
		default:
			n = g.Plain
		}
		if n != nil {
			p.name, p.toks, p.annot = n.Name, n.Tokens, n.Annot
		}
		ps = append(ps, p)
	}
	return l.arguments(ps)
}

func (l *lowerer) lambdaParams(gs []*gLParam) (*ast.Arguments, error) {
	ps := make([]param, 0, len(gs))
	for _, g := range gs {
		p := param{at: g.Pos, def: g.Default, allTok: g.Tokens}
		switch {
		case g.Slash:
			p.kind = pSlash
		case g.Star:
			p.kind, p.name = pStar, g.StarArg
		case g.DStar != "":
			p.kind, p.name = pDStar, g.DStar
		default:
			p.name = g.Name
		}
		if p.name != "" {
			// the name is the last token before any default
			for _, t := range g.Tokens {
				if t.Value == p.name {
					p.toks = []plex.Token{t}
					break
				}
			}
		}
		ps = append(ps, p)
	}
	return l.arguments(ps)
}

// eqPos is the position of the "=" before a parameter's default.
func (l *lowerer) eqPos(p param) ast.Pos {
	for _, t := range p.allTok {
		if t.Value == "=" {
			return l.span([]plex.Token{t})
		}
	}
	return l.start(p.at)
}

func (l *lowerer) arguments(ps []param) (*ast.Arguments, error) {
	a := &ast.Arguments{Posonlyargs: []*ast.Arg{}, Args: []*ast.Arg{}, Kwonlyargs: []*ast.Arg{}, KwDefaults: []ast.Expr{}, Defaults: []ast.Expr{}}
	seenStar, seenSlash, seenDStar, seenDefault := false, false, false, false
	var starAt plex.Position
	for _, p := range ps {
		if seenDStar {
			return nil, l.errAt(l.start(p.at), false, "arguments cannot follow var-keyword argument")
		}
		arg, err := l.arg(p)
		if err != nil {
			return nil, err
		}
		var def ast.Expr
		if p.def != nil {
			if def, err = l.test(p.def); err != nil {
				return nil, err
			}
		}
		switch p.kind {
		case pSlash:
			switch {
			case seenSlash:
				return nil, l.errAt(l.start(p.at), false, "/ may appear only once")
			case seenStar:
				return nil, l.errAt(l.start(p.at), false, "/ must be ahead of *")
			case len(a.Args) == 0:
				return nil, l.errAt(l.start(p.at), false, "at least one argument must precede /")
			}
			seenSlash = true
			a.Posonlyargs, a.Args = a.Args, []*ast.Arg{}
		case pStar:
			if seenStar {
				return nil, l.errAt(l.start(p.at), false, "* argument may appear only once")
			}
			if p.def != nil {
				return nil, l.errAt(l.eqPos(p), false, "var-positional argument cannot have default value")
			}
			seenStar, starAt = true, p.at
			a.Vararg = arg
		case pDStar:
			if p.def != nil {
				return nil, l.errAt(l.eqPos(p), false, "var-keyword argument cannot have default value")
			}
			seenDStar = true
			a.Kwarg = arg
		default:
			switch {
			case seenStar:
				a.Kwonlyargs = append(a.Kwonlyargs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			case def != nil:
				seenDefault = true
				a.Args = append(a.Args, arg)
				a.Defaults = append(a.Defaults, def)
			case seenDefault:
				return nil, l.errAt(l.start(p.at), false, "non-default argument follows default argument")
			default:
				a.Args = append(a.Args, arg)
			}
		}
	}
	if seenStar && a.Vararg == nil && len(a.Kwonlyargs) == 0 {
		return nil, l.errAt(l.start(starAt), false, "named arguments must follow bare *")
	}
	return a, nil
}

// arg builds the ast.Arg of a named parameter, or nil for "/" and bare "*".
func (l *lowerer) arg(p param) (*ast.Arg, error) {
	if p.name == "" {
		return nil, nil
	}
	a := &ast.Arg{Pos: l.span(p.toks), Arg: p.name}
	if p.annot != nil {
		ann, err := l.test(p.annot)
		if err != nil {
			return nil, err
		}
		a.Annotation = ann
	}
	return a, nil
}
