package ast

// Comprehension is one for clause of a comprehension, with its if
// clauses. IsAsync is 1 for async for, else 0.
type Comprehension struct {
	Target  Expr   `py:"target"`
	Iter    Expr   `py:"iter"`
	Ifs     []Expr `py:"ifs"`
	IsAsync int    `py:"is_async"`
}

// ExceptHandler is an except (or except*) clause. Type is nil for a bare
// except and Name is "" when there is no "as" name.
type ExceptHandler struct {
	Pos
	Type Expr   `py:"type,opt"`
	Name string `py:"name,opt"`
	Body []Stmt `py:"body"`
}

// Arguments is the parameter list of a function or lambda. Defaults holds
// the defaults of the last positional parameters (Posonlyargs then Args);
// KwDefaults has one entry per Kwonlyargs entry, nil where there is no
// default.
type Arguments struct {
	Posonlyargs []*Arg `py:"posonlyargs"`
	Args        []*Arg `py:"args"`
	Vararg      *Arg   `py:"vararg,opt"`
	Kwonlyargs  []*Arg `py:"kwonlyargs"`
	KwDefaults  []Expr `py:"kw_defaults"`
	Kwarg       *Arg   `py:"kwarg,opt"`
	Defaults    []Expr `py:"defaults"`
}

// Arg is one parameter. TypeComment is "" for None.
type Arg struct {
	Pos
	Arg         string `py:"arg"`
	Annotation  Expr   `py:"annotation,opt"`
	TypeComment string `py:"type_comment,opt"`
}

// Keyword is a keyword argument of a call or class definition; Arg is ""
// (None) for a **mapping unpacking.
type Keyword struct {
	Pos
	Arg   string `py:"arg,opt"`
	Value Expr   `py:"value"`
}

// Alias is one name of an import statement; Asname is "" when there is no
// "as" name.
type Alias struct {
	Pos
	Name   string `py:"name"`
	Asname string `py:"asname,opt"`
}

// WithItem is one context manager of a with statement.
type WithItem struct {
	ContextExpr  Expr `py:"context_expr"`
	OptionalVars Expr `py:"optional_vars,opt"`
}
