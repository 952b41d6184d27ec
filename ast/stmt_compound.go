package ast

// FunctionDef is a def statement. TypeComment is "" for None.
type FunctionDef struct {
	Pos
	Name          string     `py:"name"`
	Args          *Arguments `py:"args"`
	Body          []Stmt     `py:"body"`
	DecoratorList []Expr     `py:"decorator_list"`
	Returns       Expr       `py:"returns,opt"`
	TypeComment   string     `py:"type_comment,opt"`
}

// AsyncFunctionDef is an async def statement. TypeComment is "" for None.
type AsyncFunctionDef struct {
	Pos
	Name          string     `py:"name"`
	Args          *Arguments `py:"args"`
	Body          []Stmt     `py:"body"`
	DecoratorList []Expr     `py:"decorator_list"`
	Returns       Expr       `py:"returns,opt"`
	TypeComment   string     `py:"type_comment,opt"`
}

// ClassDef is a class statement.
type ClassDef struct {
	Pos
	Name          string     `py:"name"`
	Bases         []Expr     `py:"bases"`
	Keywords      []*Keyword `py:"keywords"`
	Body          []Stmt     `py:"body"`
	DecoratorList []Expr     `py:"decorator_list"`
}

// For is a for statement. TypeComment is "" for None.
type For struct {
	Pos
	Target      Expr   `py:"target"`
	Iter        Expr   `py:"iter"`
	Body        []Stmt `py:"body"`
	Orelse      []Stmt `py:"orelse"`
	TypeComment string `py:"type_comment,opt"`
}

// AsyncFor is an async for statement. TypeComment is "" for None.
type AsyncFor struct {
	Pos
	Target      Expr   `py:"target"`
	Iter        Expr   `py:"iter"`
	Body        []Stmt `py:"body"`
	Orelse      []Stmt `py:"orelse"`
	TypeComment string `py:"type_comment,opt"`
}

// While is a while statement.
type While struct {
	Pos
	Test   Expr   `py:"test"`
	Body   []Stmt `py:"body"`
	Orelse []Stmt `py:"orelse"`
}

// If is an if statement; an elif clause is an If alone in Orelse.
type If struct {
	Pos
	Test   Expr   `py:"test"`
	Body   []Stmt `py:"body"`
	Orelse []Stmt `py:"orelse"`
}

// With is a with statement. TypeComment is "" for None.
type With struct {
	Pos
	Items       []*WithItem `py:"items"`
	Body        []Stmt      `py:"body"`
	TypeComment string      `py:"type_comment,opt"`
}

// AsyncWith is an async with statement. TypeComment is "" for None.
type AsyncWith struct {
	Pos
	Items       []*WithItem `py:"items"`
	Body        []Stmt      `py:"body"`
	TypeComment string      `py:"type_comment,opt"`
}

// Try is a try statement with except clauses (or only finally).
type Try struct {
	Pos
	Body      []Stmt           `py:"body"`
	Handlers  []*ExceptHandler `py:"handlers"`
	Orelse    []Stmt           `py:"orelse"`
	Finalbody []Stmt           `py:"finalbody"`
}

// TryStar is a try statement with except* clauses.
type TryStar struct {
	Pos
	Body      []Stmt           `py:"body"`
	Handlers  []*ExceptHandler `py:"handlers"`
	Orelse    []Stmt           `py:"orelse"`
	Finalbody []Stmt           `py:"finalbody"`
}
