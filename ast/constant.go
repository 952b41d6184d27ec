package ast

// NoneType is the type of None, the Constant value for Python's None.
type NoneType struct{}

// None is the Constant value for Python's None.
var None = NoneType{}

// EllipsisType is the type of Ellipsis, the Constant value for "...".
type EllipsisType struct{}

// Ellipsis is the Constant value for Python's Ellipsis ("...").
var Ellipsis = EllipsisType{}

// Bytes is the Constant value of a bytes literal; a plain Go string is a
// str literal.
type Bytes string
