package ast

// BoolOp is a chain of the same boolean operator: a or b or c has three
// Values.
type BoolOp struct {
	Pos
	Op     BoolOperator `py:"op"`
	Values []Expr       `py:"values"`
}

// NamedExpr is an assignment expression, target := value.
type NamedExpr struct {
	Pos
	Target Expr `py:"target"`
	Value  Expr `py:"value"`
}

// BinOp is a binary operation such as a + b.
type BinOp struct {
	Pos
	Left  Expr     `py:"left"`
	Op    Operator `py:"op"`
	Right Expr     `py:"right"`
}

// UnaryOp is a unary operation such as -a or not a.
type UnaryOp struct {
	Pos
	Op      UnaryOperator `py:"op"`
	Operand Expr          `py:"operand"`
}

// Lambda is a lambda expression.
type Lambda struct {
	Pos
	Args *Arguments `py:"args"`
	Body Expr       `py:"body"`
}

// IfExp is a conditional expression, body if test else orelse.
type IfExp struct {
	Pos
	Test   Expr `py:"test"`
	Body   Expr `py:"body"`
	Orelse Expr `py:"orelse"`
}

// Await is an await expression.
type Await struct {
	Pos
	Value Expr `py:"value"`
}

// Yield is a yield expression; Value is nil for a bare yield.
type Yield struct {
	Pos
	Value Expr `py:"value,opt"`
}

// YieldFrom is a yield from expression.
type YieldFrom struct {
	Pos
	Value Expr `py:"value"`
}

// Compare is a chain of comparisons: a < b <= c has Left a, Ops [Lt, LtE]
// and Comparators [b, c].
type Compare struct {
	Pos
	Left        Expr    `py:"left"`
	Ops         []CmpOp `py:"ops"`
	Comparators []Expr  `py:"comparators"`
}

// Call is a function call. Positional arguments, including *args
// (Starred), are in Args; keyword arguments, including **kwargs (a Keyword
// with an empty Arg), are in Keywords.
type Call struct {
	Pos
	Func     Expr       `py:"func"`
	Args     []Expr     `py:"args"`
	Keywords []*Keyword `py:"keywords"`
}
