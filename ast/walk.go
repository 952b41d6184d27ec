package ast

import "fmt"

// A Visitor's Visit method is invoked for each node encountered by Walk.
// If the result visitor w is not nil, Walk visits each of the children of
// node with the visitor w, followed by a call of w.Visit(nil).
type Visitor interface {
	Visit(node Node) (w Visitor)
}

// Walk traverses a syntax tree in depth-first order, with go/ast
// semantics: it starts by calling v.Visit(node); node must not be nil. If
// the visitor w returned by v.Visit(node) is not nil, Walk is invoked
// recursively with visitor w for each non-nil child of node, in field
// order, followed by a call of w.Visit(nil). Operators and expression
// contexts are not nodes and are not visited.
func Walk(v Visitor, node Node) {
	if v = v.Visit(node); v == nil {
		return
	}
	walkChildren(v, node)
	v.Visit(nil)
}

// inspector adapts a function to the Visitor interface for Inspect.
type inspector func(Node) bool

// Visit calls f on node, unless node is nil.
func (f inspector) Visit(node Node) Visitor {
	if node != nil && f(node) {
		return f
	}
	return nil
}

// Inspect traverses a syntax tree in depth-first order: it starts by
// calling f(node); node must not be nil. If f returns true, Inspect
// invokes f recursively for each of the non-nil children of node. Unlike
// go/ast.Inspect, f is never called with nil.
func Inspect(node Node, f func(Node) bool) {
	Walk(inspector(f), node)
}

// walkExpr walks e unless it is nil.
func walkExpr(v Visitor, e Expr) {
	if e != nil {
		Walk(v, e)
	}
}

// walkExprs walks the non-nil entries of list.
func walkExprs(v Visitor, list []Expr) {
	for _, e := range list {
		walkExpr(v, e)
	}
}

// walkStmts walks the non-nil entries of list.
func walkStmts(v Visitor, list []Stmt) {
	for _, s := range list {
		if s != nil {
			Walk(v, s)
		}
	}
}

// walkPtr walks the node p unless it is nil.
func walkPtr[P interface {
	*E
	Node
}, E any](v Visitor, p P) {
	if p != nil {
		Walk(v, p)
	}
}

// walkPtrs walks the non-nil entries of list.
func walkPtrs[P interface {
	*E
	Node
}, E any](v Visitor, list []P) {
	for _, p := range list {
		walkPtr(v, p)
	}
}

// walkChildren walks the children of node in field order.
func walkChildren(v Visitor, node Node) {
	switch n := node.(type) {
	// Roots.
	case *Module:
		walkStmts(v, n.Body)
	case *Interactive:
		walkStmts(v, n.Body)
	case *Expression:
		walkExpr(v, n.Body)

	// Statements.
	case *FunctionDef:
		walkPtr(v, n.Args)
		walkStmts(v, n.Body)
		walkExprs(v, n.DecoratorList)
		walkExpr(v, n.Returns)
	case *AsyncFunctionDef:
		walkPtr(v, n.Args)
		walkStmts(v, n.Body)
		walkExprs(v, n.DecoratorList)
		walkExpr(v, n.Returns)
	case *ClassDef:
		walkExprs(v, n.Bases)
		walkPtrs(v, n.Keywords)
		walkStmts(v, n.Body)
		walkExprs(v, n.DecoratorList)
	case *Return:
		walkExpr(v, n.Value)
	case *Delete:
		walkExprs(v, n.Targets)
	case *Assign:
		walkExprs(v, n.Targets)
		walkExpr(v, n.Value)
	case *AugAssign:
		walkExpr(v, n.Target)
		walkExpr(v, n.Value)
	case *AnnAssign:
		walkExpr(v, n.Target)
		walkExpr(v, n.Annotation)
		walkExpr(v, n.Value)
	case *For:
		walkExpr(v, n.Target)
		walkExpr(v, n.Iter)
		walkStmts(v, n.Body)
		walkStmts(v, n.Orelse)
	case *AsyncFor:
		walkExpr(v, n.Target)
		walkExpr(v, n.Iter)
		walkStmts(v, n.Body)
		walkStmts(v, n.Orelse)
	case *While:
		walkExpr(v, n.Test)
		walkStmts(v, n.Body)
		walkStmts(v, n.Orelse)
	case *If:
		walkExpr(v, n.Test)
		walkStmts(v, n.Body)
		walkStmts(v, n.Orelse)
	case *With:
		walkPtrs(v, n.Items)
		walkStmts(v, n.Body)
	case *AsyncWith:
		walkPtrs(v, n.Items)
		walkStmts(v, n.Body)
	case *Raise:
		walkExpr(v, n.Exc)
		walkExpr(v, n.Cause)
	case *Try:
		walkStmts(v, n.Body)
		walkPtrs(v, n.Handlers)
		walkStmts(v, n.Orelse)
		walkStmts(v, n.Finalbody)
	case *TryStar:
		walkStmts(v, n.Body)
		walkPtrs(v, n.Handlers)
		walkStmts(v, n.Orelse)
		walkStmts(v, n.Finalbody)
	case *Assert:
		walkExpr(v, n.Test)
		walkExpr(v, n.Msg)
	case *Import:
		walkPtrs(v, n.Names)
	case *ImportFrom:
		walkPtrs(v, n.Names)
	case *ExprStmt:
		walkExpr(v, n.Value)
	case *Global, *Nonlocal, *Pass, *Break, *Continue:
		// No child nodes.

	// Expressions.
	case *BoolOp:
		walkExprs(v, n.Values)
	case *NamedExpr:
		walkExpr(v, n.Target)
		walkExpr(v, n.Value)
	case *BinOp:
		walkExpr(v, n.Left)
		walkExpr(v, n.Right)
	case *UnaryOp:
		walkExpr(v, n.Operand)
	case *Lambda:
		walkPtr(v, n.Args)
		walkExpr(v, n.Body)
	case *IfExp:
		walkExpr(v, n.Test)
		walkExpr(v, n.Body)
		walkExpr(v, n.Orelse)
	case *Dict:
		walkExprs(v, n.Keys)
		walkExprs(v, n.Values)
	case *Set:
		walkExprs(v, n.Elts)
	case *ListComp:
		walkExpr(v, n.Elt)
		walkPtrs(v, n.Generators)
	case *SetComp:
		walkExpr(v, n.Elt)
		walkPtrs(v, n.Generators)
	case *DictComp:
		walkExpr(v, n.Key)
		walkExpr(v, n.Value)
		walkPtrs(v, n.Generators)
	case *GeneratorExp:
		walkExpr(v, n.Elt)
		walkPtrs(v, n.Generators)
	case *Await:
		walkExpr(v, n.Value)
	case *Yield:
		walkExpr(v, n.Value)
	case *YieldFrom:
		walkExpr(v, n.Value)
	case *Compare:
		walkExpr(v, n.Left)
		walkExprs(v, n.Comparators)
	case *Call:
		walkExpr(v, n.Func)
		walkExprs(v, n.Args)
		walkPtrs(v, n.Keywords)
	case *FormattedValue:
		walkExpr(v, n.Value)
		walkExpr(v, n.FormatSpec)
	case *JoinedStr:
		walkExprs(v, n.Values)
	case *Attribute:
		walkExpr(v, n.Value)
	case *Subscript:
		walkExpr(v, n.Value)
		walkExpr(v, n.Slice)
	case *Starred:
		walkExpr(v, n.Value)
	case *List:
		walkExprs(v, n.Elts)
	case *Tuple:
		walkExprs(v, n.Elts)
	case *Slice:
		walkExpr(v, n.Lower)
		walkExpr(v, n.Upper)
		walkExpr(v, n.Step)
	case *Constant, *Name:
		// No child nodes.

	// Other nodes.
	case *Comprehension:
		walkExpr(v, n.Target)
		walkExpr(v, n.Iter)
		walkExprs(v, n.Ifs)
	case *ExceptHandler:
		walkExpr(v, n.Type)
		walkStmts(v, n.Body)
	case *Arguments:
		walkPtrs(v, n.Posonlyargs)
		walkPtrs(v, n.Args)
		walkPtr(v, n.Vararg)
		walkPtrs(v, n.Kwonlyargs)
		walkExprs(v, n.KwDefaults)
		walkPtr(v, n.Kwarg)
		walkExprs(v, n.Defaults)
	case *Arg:
		walkExpr(v, n.Annotation)
	case *Keyword:
		walkExpr(v, n.Value)
	case *Alias:
		// No child nodes.
	case *WithItem:
		walkExpr(v, n.ContextExpr)
		walkExpr(v, n.OptionalVars)

	default:
		panic(fmt.Sprintf("ast.Walk: unexpected node type %T", n))
	}
}
