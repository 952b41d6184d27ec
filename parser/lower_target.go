package parser

import (
	"github.com/asl-lang/asl/ast"
)

// exprName is how CPython's error messages name an expression that cannot
// be assigned to or deleted.
func exprName(e ast.Expr) string {
	switch v := e.(type) {
	case *ast.Constant:
		switch v.Value.(type) {
		case ast.NoneType:
			return "None"
		case bool:
			if v.Value.(bool) {
				return "True"
			}
			return "False"
		case ast.EllipsisType:
			return "ellipsis"
		}
		return "literal"
	case *ast.Compare:
		return "comparison"
	case *ast.BinOp, *ast.UnaryOp, *ast.BoolOp:
		return "expression"
	case *ast.Lambda:
		return "lambda"
	case *ast.IfExp:
		return "conditional expression"
	case *ast.Call:
		return "function call"
	case *ast.Await:
		return "await expression"
	case *ast.Yield, *ast.YieldFrom:
		return "yield expression"
	case *ast.NamedExpr:
		return "named expression"
	case *ast.Dict:
		return "dict literal"
	case *ast.Set:
		return "set display"
	case *ast.ListComp:
		return "list comprehension"
	case *ast.SetComp:
		return "set comprehension"
	case *ast.DictComp:
		return "dict comprehension"
	case *ast.GeneratorExp:
		return "generator expression"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "f-string expression"
	case *ast.Starred:
		return "starred"
	case *ast.Tuple:
		return "tuple"
	case *ast.List:
		return "list"
	case *ast.Attribute:
		return "attribute"
	case *ast.Subscript:
		return "subscript"
	case *ast.Name:
		return "name"
	}
	return "expression"
}

// invalidTarget finds the part of e that cannot be a target, or nil.
func invalidTarget(e ast.Expr, ctx ast.ExprContext) ast.Expr {
	switch v := e.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript:
		return nil
	case *ast.Tuple:
		for _, x := range v.Elts {
			if bad := invalidTarget(x, ctx); bad != nil {
				return bad
			}
		}
		return nil
	case *ast.List:
		for _, x := range v.Elts {
			if bad := invalidTarget(x, ctx); bad != nil {
				return bad
			}
		}
		return nil
	case *ast.Starred:
		if ctx == ast.Del {
			return e
		}
		return invalidTarget(v.Value, ctx)
	}
	return e
}

// setCtx marks e as a Store or Del target, or reports why it cannot be one.
func (l *lowerer) setCtx(e ast.Expr, ctx ast.ExprContext) error {
	if bad := invalidTarget(e, ctx); bad != nil {
		verb := "assign to"
		if ctx == ast.Del {
			verb = "delete"
		}
		return l.errNode(bad, "cannot %s %s", verb, exprName(bad))
	}
	applyCtx(e, ctx)
	return nil
}

func applyCtx(e ast.Expr, ctx ast.ExprContext) {
	switch v := e.(type) {
	case *ast.Name:
		v.Ctx = ctx
	case *ast.Attribute:
		v.Ctx = ctx
	case *ast.Subscript:
		v.Ctx = ctx
	case *ast.Starred:
		v.Ctx = ctx
		applyCtx(v.Value, ctx)
	case *ast.Tuple:
		v.Ctx = ctx
		for _, x := range v.Elts {
			applyCtx(x, ctx)
		}
	case *ast.List:
		v.Ctx = ctx
		for _, x := range v.Elts {
			applyCtx(x, ctx)
		}
	}
}

// assignTarget checks and marks one target of an assignment. A lone
// target followed by a single value gets CPython's "Maybe you meant '=='"
// hint.
func (l *lowerer) assignTarget(t ast.Expr, lone bool, value ast.Expr) error {
	bad := invalidTarget(t, ast.Store)
	if bad == nil {
		applyCtx(t, ast.Store)
		return nil
	}
	if _, ok := bad.(*ast.Starred); ok {
		return l.errNode(bad, "cannot assign to starred")
	}
	switch t.(type) {
	case *ast.Tuple, *ast.List, *ast.Compare, *ast.IfExp, *ast.Lambda, *ast.BoolOp, *ast.NamedExpr, *ast.Yield, *ast.YieldFrom, *ast.GeneratorExp:
		lone = false
	case *ast.Constant:
		if name := exprName(t); name != "literal" {
			lone = false
		}
	case *ast.UnaryOp:
		if t.(*ast.UnaryOp).Op == ast.Not {
			lone = false
		}
	}
	if lone {
		return l.errNode(bad, "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(bad))
	}
	return l.errNode(bad, "cannot assign to %s", exprName(bad))
}

// augTarget checks the target of an augmented assignment.
func (l *lowerer) augTarget(t ast.Expr) error {
	switch v := t.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript:
		applyCtx(v, ast.Store)
		return nil
	}
	return l.errNode(t, "'%s' is an illegal expression for augmented assignment", exprName(t))
}
