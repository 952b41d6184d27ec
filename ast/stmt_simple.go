package ast

// Return is a return statement; Value is nil for a bare return.
type Return struct {
	Pos
	Value Expr `py:"value,opt"`
}

// Delete is a del statement.
type Delete struct {
	Pos
	Targets []Expr `py:"targets"`
}

// Assign is an assignment, with one target per "=" (a = b = 1 has two).
// TypeComment is "" for None.
type Assign struct {
	Pos
	Targets     []Expr `py:"targets"`
	Value       Expr   `py:"value"`
	TypeComment string `py:"type_comment,opt"`
}

// AugAssign is an augmented assignment such as x += 1.
type AugAssign struct {
	Pos
	Target Expr     `py:"target"`
	Op     Operator `py:"op"`
	Value  Expr     `py:"value"`
}

// AnnAssign is an annotated assignment such as x: int = 1. Simple is 1
// when the target is a plain name not in parentheses, else 0.
type AnnAssign struct {
	Pos
	Target     Expr `py:"target"`
	Annotation Expr `py:"annotation"`
	Value      Expr `py:"value,opt"`
	Simple     int  `py:"simple"`
}

// Raise is a raise statement.
type Raise struct {
	Pos
	Exc   Expr `py:"exc,opt"`
	Cause Expr `py:"cause,opt"`
}

// Assert is an assert statement.
type Assert struct {
	Pos
	Test Expr `py:"test"`
	Msg  Expr `py:"msg,opt"`
}

// Import is an import statement.
type Import struct {
	Pos
	Names []*Alias `py:"names"`
}

// ImportFrom is a from ... import statement. Module is "" for None (as in
// "from . import x"); Level is the number of leading dots. Level is
// optional in CPython's grammar but always set by the parser, so Dump
// always prints it.
type ImportFrom struct {
	Pos
	Module string   `py:"module,opt"`
	Names  []*Alias `py:"names"`
	Level  int      `py:"level"`
}

// Global is a global statement.
type Global struct {
	Pos
	Names []string `py:"names"`
}

// Nonlocal is a nonlocal statement.
type Nonlocal struct {
	Pos
	Names []string `py:"names"`
}

// ExprStmt is an expression used as a statement: Python's Expr class,
// which Dump prints as Expr(...).
type ExprStmt struct {
	Pos
	Value Expr `py:"value"`
}

// Pass is a pass statement.
type Pass struct {
	Pos
}

// Break is a break statement.
type Break struct {
	Pos
}

// Continue is a continue statement.
type Continue struct {
	Pos
}
