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
	l      *lowerer
	head   *gOperand
	tail   []*gBinOp
	k      int // index of the next operand
	opi    int // index of the next operator
	prefix int // prefixes of the next operand already used
}

// operandAt is operand k of the list.
func (c *climber) operandAt(k int) *gOperand {
	if k == 0 {
		return c.head
	}
	return c.tail[k-1].Right
}

// flat lowers an operand followed by operator/operand pairs.
func (l *lowerer) flat(head *gOperand, tail []*gBinOp) (ast.Expr, error) {
	if len(tail) == 0 && len(head.Prefix) == 0 {
		return l.operand(head)
	}
	c := &climber{l: l, head: head, tail: tail}
	return c.expr(0)
}

func (l *lowerer) disj(g *gDisj) (ast.Expr, error) { return l.flat(g.Head, g.Tail) }

func (l *lowerer) bitExpr(g *gBitExpr) (ast.Expr, error) { return l.flat(g.Head, g.Tail) }

// nextOp is the operator after the current operand, or "" at the end.
func (c *climber) nextOp() string {
	if c.opi < len(c.tail) {
		return c.tail[c.opi].Op
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
	g := c.operandAt(c.k)
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
