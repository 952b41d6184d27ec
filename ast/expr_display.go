package ast

// Dict is a dict display. A nil entry in Keys stands for Python None and
// marks a **mapping unpacking, whose mapping is the matching Values entry.
type Dict struct {
	Pos
	Keys   []Expr `py:"keys"`
	Values []Expr `py:"values"`
}

// Set is a set display.
type Set struct {
	Pos
	Elts []Expr `py:"elts"`
}

// List is a list display or a list-shaped assignment target.
type List struct {
	Pos
	Elts []Expr      `py:"elts"`
	Ctx  ExprContext `py:"ctx"`
}

// Tuple is a tuple display or a tuple-shaped assignment target.
type Tuple struct {
	Pos
	Elts []Expr      `py:"elts"`
	Ctx  ExprContext `py:"ctx"`
}

// ListComp is a list comprehension.
type ListComp struct {
	Pos
	Elt        Expr             `py:"elt"`
	Generators []*Comprehension `py:"generators"`
}

// SetComp is a set comprehension.
type SetComp struct {
	Pos
	Elt        Expr             `py:"elt"`
	Generators []*Comprehension `py:"generators"`
}

// DictComp is a dict comprehension.
type DictComp struct {
	Pos
	Key        Expr             `py:"key"`
	Value      Expr             `py:"value"`
	Generators []*Comprehension `py:"generators"`
}

// GeneratorExp is a generator expression.
type GeneratorExp struct {
	Pos
	Elt        Expr             `py:"elt"`
	Generators []*Comprehension `py:"generators"`
}
