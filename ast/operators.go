package ast

import "strconv"

// Operator is a binary arithmetic operator (CPython's operator), used by
// BinOp and AugAssign. The zero value is invalid.
type Operator int

// The binary operators. ModOp is Python's Mod, renamed because Mod is the
// interface of module nodes.
const (
	Add Operator = iota + 1
	Sub
	Mult
	MatMult
	Div
	ModOp
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

var operatorNames = [...]string{"", "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
	"LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}

// String returns the Python class name of op, such as "Add" or "Mod".
func (op Operator) String() string {
	return enumName(operatorNames[:], int(op), "Operator")
}

// BoolOperator is a boolean operator (CPython's boolop), used by BoolOp.
// The zero value is invalid.
type BoolOperator int

// The boolean operators.
const (
	And BoolOperator = iota + 1
	Or
)

var boolOperatorNames = [...]string{"", "And", "Or"}

// String returns the Python class name of op, "And" or "Or".
func (op BoolOperator) String() string {
	return enumName(boolOperatorNames[:], int(op), "BoolOperator")
}

// UnaryOperator is a unary operator (CPython's unaryop), used by UnaryOp.
// The zero value is invalid.
type UnaryOperator int

// The unary operators.
const (
	Invert UnaryOperator = iota + 1
	Not
	UAdd
	USub
)

var unaryOperatorNames = [...]string{"", "Invert", "Not", "UAdd", "USub"}

// String returns the Python class name of op, such as "USub".
func (op UnaryOperator) String() string {
	return enumName(unaryOperatorNames[:], int(op), "UnaryOperator")
}

// CmpOp is a comparison operator (CPython's cmpop), used by Compare. The
// zero value is invalid.
type CmpOp int

// The comparison operators.
const (
	Eq CmpOp = iota + 1
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var cmpOpNames = [...]string{"", "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}

// String returns the Python class name of op, such as "NotIn".
func (op CmpOp) String() string {
	return enumName(cmpOpNames[:], int(op), "CmpOp")
}

// ExprContext tells whether an expression is read, assigned or deleted
// (CPython's expr_context). The zero value is invalid.
type ExprContext int

// The expression contexts.
const (
	Load ExprContext = iota + 1
	Store
	Del
)

var exprContextNames = [...]string{"", "Load", "Store", "Del"}

// String returns the Python class name of ctx: "Load", "Store" or "Del".
func (ctx ExprContext) String() string {
	return enumName(exprContextNames[:], int(ctx), "ExprContext")
}

// enumName returns names[v], or typ(v) if v is out of range or zero.
func enumName(names []string, v int, typ string) string {
	if v > 0 && v < len(names) {
		return names[v]
	}
	return typ + "(" + strconv.Itoa(v) + ")"
}
