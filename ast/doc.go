// Package ast declares the syntax tree of asl programs. Its node types
// mirror the classes of CPython 3.11's ast module, without the
// match-statement nodes.
//
// Each Python class becomes a Go struct of the same name (lower-case
// classes are capitalised: Arguments, Arg, Keyword, Alias, WithItem,
// Comprehension); the statement class Expr is named ExprStmt because Expr
// is the interface satisfied by all expression nodes, and the operator
// class Mod is named ModOp because Mod is the interface satisfied by the
// module nodes. Fields follow the Python _fields in order, with names in
// CamelCase (decorator_list becomes DecoratorList).
//
// Python None is represented by the zero value of the field: a nil Expr
// or pointer, or the empty string for optional identifiers. In expression
// lists (Dict.Keys, Arguments.KwDefaults) a nil entry stands for None.
// Constant values are described at Constant.
//
// Nodes that carry positions in CPython embed Pos. Dump prints a tree
// exactly as Python 3.11's ast.dump does; Walk and Inspect traverse it.
package ast
