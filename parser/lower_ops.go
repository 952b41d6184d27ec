package parser

import (
	"github.com/asl-lang/asl/ast"
)

// Precedence levels of Python's operators, lowest first.
const (
	precOr = iota + 1
	precAnd
	precNot
	precCmp
	precBitOr
	precBitXor
	precBitAnd
	precShift
	precArith
	precTerm
	precUnary
	precPow
)

var binPrec = map[string]int{
	"or": precOr, "and": precAnd,
	"<": precCmp, ">": precCmp, "==": precCmp, ">=": precCmp, "<=": precCmp, "!=": precCmp,
	"in": precCmp, "notin": precCmp, "is": precCmp, "isnot": precCmp,
	"|": precBitOr, "^": precBitXor, "&": precBitAnd, "<<": precShift, ">>": precShift,
	"+": precArith, "-": precArith, "*": precTerm, "/": precTerm, "//": precTerm, "%": precTerm, "@": precTerm,
	"**": precPow,
}

var binOps = map[string]ast.Operator{
	"+": ast.Add, "-": ast.Sub, "*": ast.Mult, "@": ast.MatMult, "/": ast.Div, "%": ast.ModOp,
	"**": ast.Pow, "<<": ast.LShift, ">>": ast.RShift, "|": ast.BitOr, "^": ast.BitXor,
	"&": ast.BitAnd, "//": ast.FloorDiv,
}

var cmpOps = map[string]ast.CmpOp{
	"==": ast.Eq, "!=": ast.NotEq, "<": ast.Lt, "<=": ast.LtE, ">": ast.Gt, ">=": ast.GtE,
	"is": ast.Is, "isnot": ast.IsNot, "in": ast.In, "notin": ast.NotIn,
}

var unaryOps = map[string]ast.UnaryOperator{"not": ast.Not, "-": ast.USub, "+": ast.UAdd, "~": ast.Invert}

// climber arranges a flat operand/operator list by precedence.
type climber struct {
	l        *lowerer
	operands []*gOperand
	ops      []string
	k        int // index of the next operand
	opi      int // index of the next operator
	prefix   int // prefixes of operands[k] already used
}

func (l *lowerer) climb(head *gOperand, ops []string, rest []*gOperand) (ast.Expr, error) {
	if len(ops) == 0 && len(head.Prefix) == 0 {
		return l.operand(head)
	}
	c := &climber{l: l, operands: append([]*gOperand{head}, rest...), ops: ops}
	return c.expr(0)
}

func (l *lowerer) disj(g *gDisj) (ast.Expr, error) {
	if len(g.Tail) == 0 && len(g.Head.Prefix) == 0 {
		return l.operand(g.Head)
	}
	ops := make([]string, len(g.Tail))
	rest := make([]*gOperand, len(g.Tail))
	for i, t := range g.Tail {
		ops[i], rest[i] = t.Op, t.Right
	}
	return l.climb(g.Head, ops, rest)
}

func (l *lowerer) bitExpr(g *gBitExpr) (ast.Expr, error) {
	if len(g.Tail) == 0 && len(g.Head.Prefix) == 0 {
		return l.operand(g.Head)
	}
	ops := make([]string, len(g.Tail))
	rest := make([]*gOperand, len(g.Tail))
	for i, t := range g.Tail {
		ops[i], rest[i] = t.Op, t.Right
	}
	return l.climb(g.Head, ops, rest)
}

// nextOp is the operator after the current operand, or "" at the end.
func (c *climber) nextOp() string {
	if c.opi < len(c.ops) {
		return c.ops[c.opi]
	}
	return ""
}

func (c *climber) expr(minPrec int) (ast.Expr, error) {
	left, err := c.unary(minPrec)
	if err != nil {
		return nil, err
	}
	for {
		op := c.nextOp()
		prec := binPrec[op]
		if op == "" || prec < minPrec {
			return left, nil
		}
		switch {
		case prec == precOr || prec == precAnd:
			values := []ast.Expr{left}
			for c.nextOp() == op {
				c.opi++
				right, err := c.expr(prec + 1)
				if err != nil {
					return nil, err
				}
				values = append(values, right)
			}
			kind := ast.Or
			if op == "and" {
				kind = ast.And
			}
			left = &ast.BoolOp{Pos: join(posOf(left), posOf(values[len(values)-1])), Op: kind, Values: values}
		case prec == precCmp:
			cmp := &ast.Compare{Left: left}
			for binPrec[c.nextOp()] == precCmp {
				cop := c.nextOp()
				c.opi++
				right, err := c.expr(precCmp + 1)
				if err != nil {
					return nil, err
				}
				cmp.Ops = append(cmp.Ops, cmpOps[cop])
				cmp.Comparators = append(cmp.Comparators, right)
			}
			cmp.Pos = join(posOf(left), posOf(cmp.Comparators[len(cmp.Comparators)-1]))
			left = cmp
		default:
			c.opi++
			next := prec + 1
			if op == "**" {
				next = precUnary // right-associative, and allows a unary operand
			}
			right, err := c.expr(next)
			if err != nil {
				return nil, err
			}
			left = &ast.BinOp{Pos: join(posOf(left), posOf(right)), Left: left, Op: binOps[op], Right: right}
		}
	}
}

// unary parses the operand at c.k with its remaining prefix operators.
func (c *climber) unary(minPrec int) (ast.Expr, error) {
	g := c.operands[c.k]
	if c.prefix < len(g.Prefix) {
		p := g.Prefix[c.prefix]
		prec := precUnary
		if p.Op == "not" {
			prec = precNot
		}
		start := c.l.start(p.Pos)
		afterNot := c.prefix > 0 && g.Prefix[c.prefix-1].Op == "not"
		if prec < minPrec && !(afterNot && p.Op == "not") {
			return nil, c.l.errAt(start, false, "invalid syntax")
		}
		c.prefix++
		next := prec
		if p.Op == "not" {
			next = precCmp
		}
		operand, err := c.expr(next)
		if err != nil {
			return nil, err
		}
		return &ast.UnaryOp{Pos: join(&start, posOf(operand)), Op: unaryOps[p.Op], Operand: operand}, nil
	}
	e, err := c.l.operand(g)
	if err != nil {
		return nil, err
	}
	c.k++
	c.prefix = 0
	return e, nil
}
