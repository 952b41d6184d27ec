package ast

// FormattedValue is a replacement field {value!conversion:format_spec} of
// an f-string. Conversion is -1 when absent, else 's', 'r' or 'a'.
// FormatSpec is nil or a *JoinedStr.
type FormattedValue struct {
	Pos
	Value      Expr `py:"value"`
	Conversion int  `py:"conversion"`
	FormatSpec Expr `py:"format_spec,opt"`
}

// JoinedStr is an f-string: its Values are Constant strings and
// FormattedValues.
type JoinedStr struct {
	Pos
	Values []Expr `py:"values"`
}

// Constant is a literal. Value holds exactly one of: None, bool, int64
// (an int that fits), *big.Int (an int that does not fit in int64),
// float64, complex128, string (a str), Bytes, or Ellipsis. Kind is "u"
// for a string literal with a u prefix, else "" (None).
type Constant struct {
	Pos
	Value any    `py:"value"`
	Kind  string `py:"kind,opt"`
}

// Attribute is an attribute reference, value.attr.
type Attribute struct {
	Pos
	Value Expr        `py:"value"`
	Attr  string      `py:"attr"`
	Ctx   ExprContext `py:"ctx"`
}

// Subscript is a subscription, value[slice]; Slice may be a *Slice or a
// *Tuple holding Slices.
type Subscript struct {
	Pos
	Value Expr        `py:"value"`
	Slice Expr        `py:"slice"`
	Ctx   ExprContext `py:"ctx"`
}

// Starred is a starred expression, *value.
type Starred struct {
	Pos
	Value Expr        `py:"value"`
	Ctx   ExprContext `py:"ctx"`
}

// Name is an identifier used as an expression.
type Name struct {
	Pos
	Id  string      `py:"id"`
	Ctx ExprContext `py:"ctx"`
}

// Slice is a slice lower:upper:step inside a subscript; absent parts are
// nil.
type Slice struct {
	Pos
	Lower Expr `py:"lower,opt"`
	Upper Expr `py:"upper,opt"`
	Step  Expr `py:"step,opt"`
}
