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

// CaptureLastExpr turns the module's last statement, when it is an
// expression statement, into an assignment of its value to the name (how
// the REPL echoes a value and Eval returns one); it reports whether it did.
func (m *Module) CaptureLastExpr(name string) bool {
	n := len(m.Body)
	if n == 0 {
		return false
	}
	es, ok := m.Body[n-1].(*ExprStmt)
	if !ok {
		return false
	}
	m.Body[n-1] = &Assign{Pos: es.Pos, Targets: []Expr{&Name{Pos: es.Pos, Id: name, Ctx: Store}}, Value: es.Value}
	return true
}
