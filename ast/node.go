package ast

// Node is implemented by every syntax tree node.
type Node interface {
	node()
}

// Expr is implemented by every expression node (CPython's expr).
type Expr interface {
	Node
	exprNode()
}

// Stmt is implemented by every statement node (CPython's stmt).
type Stmt interface {
	Node
	stmtNode()
}

// Mod is implemented by the root nodes Module, Interactive and Expression
// (CPython's mod).
type Mod interface {
	Node
	modNode()
}

// Positioned is implemented by every node that carries a source position:
// statements, expressions, ExceptHandler, Arg, Keyword and Alias.
type Positioned interface {
	Node
	GetPos() *Pos
}
