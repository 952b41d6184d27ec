package ast

// Module is the root of a parsed file (mode "exec"). Its Python field
// type_ignores is not represented: Dump always prints type_ignores=[].
type Module struct {
	Body []Stmt `py:"body"`
}

// Interactive is the root of a parsed interactive input (mode "single").
type Interactive struct {
	Body []Stmt `py:"body"`
}

// Expression is the root of a parsed expression (mode "eval").
type Expression struct {
	Body Expr `py:"body"`
}
