package parser

import (
	"github.com/asl-lang/asl/lexer"
)

// Token classes for the pair checks.

// endsOperand reports whether token i can end an expression.
func (d *diagnoser) endsOperand(i int) bool {
	if i < 0 || i >= len(d.toks) {
		return false
	}
	t := d.toks[i]
	switch t.Type {
	case lexer.Name, lexer.Number, lexer.String:
		return true
	case lexer.Keyword:
		return t.Value == "True" || t.Value == "False" || t.Value == "None"
	case lexer.Op:
		return t.Value == ")" || t.Value == "]" || t.Value == "}" || t.Value == "..."
	}
	return false
}

// startsOperand reports whether token i can start an operand.
func (d *diagnoser) startsOperand(i int) bool {
	if i < 0 || i >= len(d.toks) {
		return false
	}
	t := d.toks[i]
	switch t.Type {
	case lexer.Name, lexer.Number, lexer.String:
		return true
	case lexer.Keyword:
		switch t.Value {
		case "True", "False", "None", "lambda", "not", "await":
			return true
		}
	case lexer.Op:
		switch t.Value {
		case "(", "[", "{", "...", "-", "+", "~":
			return true
		}
	}
	return false
}

var binaryOps = map[string]bool{
	"+": true, "-": true, "*": true, "/": true, "//": true, "%": true, "@": true, "**": true,
	"<<": true, ">>": true, "&": true, "|": true, "^": true, "<": true, ">": true, "<=": true,
	">=": true, "==": true, "!=": true, "=": true, "->": true, ":=": true, ".": true,
	"+=": true, "-=": true, "*=": true, "/=": true, "//=": true, "%=": true, "**=": true,
	"&=": true, "|=": true, "^=": true, "<<=": true, ">>=": true, "@=": true,
}

// keywordsAfterOperand may follow a complete expression.
var keywordsAfterOperand = map[string]bool{
	"and": true, "or": true, "in": true, "is": true, "not": true, "if": true, "else": true,
	"for": true, "async": true, "as": true, "from": true, "import": true,
}

type bracketCtx struct {
	index int
	kind  string // "call", "params", "import" or "group"
}

// tokenPairs scans the logical line from start to end for the first pair
// of adjacent tokens that cannot stand together.
func (d *diagnoser) tokenPairs(start, end int) *lexer.Error {
	if e := d.conditionAssign(start, end); e != nil {
		return e
	}
	if e := d.importTrailingComma(start, end); e != nil {
		return e
	}
	var stack []bracketCtx
	importStmt := d.isKw(start, "from", "import")
	for i := start; i <= end && i < len(d.toks); i++ {
		cur := d.toks[i]
		if cur.Type == lexer.Op {
			switch cur.Value {
			case "$", "?", "!", "`":
				return d.errTok(cur, "invalid syntax")
			}
		}
		if i > start {
			if e := d.pair(i, stack, importStmt); e != nil {
				return e
			}
		}
		switch {
		case d.isOp(i, "(", "[", "{"):
			kind := "group"
			switch {
			case i >= 2 && d.isKw(i-2, "def"):
				kind = "params"
			case importStmt:
				kind = "import"
			case i > start && d.endsOperand(i-1) && cur.Value == "(":
				kind = "call"
			}
			stack = append(stack, bracketCtx{index: i, kind: kind})
		case d.isOp(i, ")", "]", "}"):
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
	return nil
}

// pair checks tokens i-1 and i.
func (d *diagnoser) pair(i int, stack []bracketCtx, importStmt bool) *lexer.Error {
	prev, cur := d.toks[i-1], d.toks[i]
	inner := ""
	if len(stack) > 0 {
		inner = stack[len(stack)-1].kind
	}
	if d.isOp(i, ":=") && !(prev.Type == lexer.Name && !d.isOp(i-2, ".")) {
		s := d.exprStart(i - 1)
		return d.errRange("SyntaxError", d.toks[s], prev, "cannot use assignment expressions with %s", d.targetName(s, i-1))
	}
	if d.isOp(i, "=") && inner == "call" {
		s := d.exprStart(i - 1)
		if s != i-1 || prev.Type != lexer.Name {
			return d.errRange("SyntaxError", d.toks[s], cur, "expression cannot contain assignment, perhaps you meant \"==\"?")
		}
	}
	if d.isKw(i-1, "def", "class") && cur.Type != lexer.Name {
		return d.errTok(cur, "invalid syntax")
	}
	if d.endsOperand(i - 1) {
		bad := false
		switch cur.Type {
		case lexer.Name, lexer.Number:
			bad = true
		case lexer.String:
			bad = prev.Type != lexer.String
		case lexer.Keyword:
			bad = !keywordsAfterOperand[cur.Value] || (cur.Value == "not" && !d.isKw(i+1, "in"))
		case lexer.Op:
			bad = cur.Value == "{" || cur.Value == "~"
		}
		if !bad {
			return nil
		}
		if inner == "call" || inner == "group" {
			if d.startsOperand(i) && !(prev.Type == lexer.Name && cur.Type == lexer.String) {
				s, e := d.exprStart(i-1), d.exprEnd(i)
				return d.errRange("SyntaxError", d.toks[s], d.toks[e], "invalid syntax. Perhaps you forgot a comma?")
			}
		}
		return d.errTok(cur, "invalid syntax")
	}
	if prev.Type == lexer.Op && binaryOps[prev.Value] || d.isKw(i-1, "and", "or", "not", "in", "is", "await") {
		if importStmt && prev.Value == "." {
			return nil
		}
		if (prev.Value == "*" || prev.Value == "**") && !d.endsOperand(i-2) {
			return nil // a star prefix, as in f(*a) or def f(*, b)
		}
		if prev.Value == "." {
			if cur.Type != lexer.Name {
				return d.errTok(cur, "invalid syntax")
			}
			return nil
		}
		if d.startsOperand(i) || (prev.Value == "=" && (d.isOp(i, "*") || d.isKw(i, "yield"))) || (prev.Value == "is" && d.isKw(i, "not")) {
			return nil
		}
		return d.errTok(cur, "invalid syntax")
	}
	if d.isOp(i-1, "(", "[", "{", ",") && cur.Type == lexer.Op {
		switch cur.Value {
		case "*", "**", ")", "]", "}", ":", "(", "[", "{", "...", "-", "+", "~":
			return nil
		}
		return d.errTok(cur, "invalid syntax")
	}
	return nil
}

// exprStart walks back from token i to the start of the expression that
// ends there.
func (d *diagnoser) exprStart(i int) int {
	for i > 0 {
		t := d.toks[i]
		if d.isOp(i, ")", "]", "}") {
			i = d.matchOpen(i)
		}
		p := i - 1
		if p < 0 {
			return i
		}
		pt := d.toks[p]
		switch pt.Type {
		case lexer.Newline, lexer.Indent, lexer.Dedent:
			return i
		case lexer.Keyword:
			switch pt.Value {
			case "True", "False", "None", "and", "or", "not", "in", "is", "await":
			default:
				return i
			}
		case lexer.Op:
			switch pt.Value {
			case ",", "(", "[", "{", ":", "=", ";", ":=", "->":
				return i
			}
			if binaryOps[pt.Value] && pt.Value != "." && t.Type == lexer.Op && t.Value == "=" {
				return i
			}
		}
		i = p
	}
	return i
}

// matchOpen finds the opening bracket matching the closing one at i.
func (d *diagnoser) matchOpen(i int) int {
	depth := 0
	for j := i; j >= 0; j-- {
		switch {
		case d.isOp(j, ")", "]", "}"):
			depth++
		case d.isOp(j, "(", "[", "{"):
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return 0
}

// exprEnd walks forward from token i to the end of the expression that
// starts there.
func (d *diagnoser) exprEnd(i int) int {
	depth := 0
	for j := i; j < len(d.toks); j++ {
		switch {
		case d.isOp(j, "(", "[", "{"):
			depth++
		case d.isOp(j, ")", "]", "}"):
			if depth == 0 {
				return j - 1
			}
			depth--
		case depth == 0 && (d.isOp(j, ",", ":", "=", ";") || d.toks[j].Type == lexer.Newline || d.isKw(j, "for", "if", "else", "async")):
			return j - 1
		}
	}
	return i
}

// targetName names the expression from token s to e as CPython's errors do.
func (d *diagnoser) targetName(s, e int) string {
	last := d.toks[e]
	switch {
	case d.isOp(e, "]"):
		if d.matchOpen(e) == s {
			return "list"
		}
		return "subscript"
	case d.isOp(e, ")"):
		if d.matchOpen(e) == s {
			return "tuple"
		}
		return "function call"
	case e > s && d.isOp(e-1, "."):
		return "attribute"
	case last.Type == lexer.Number || last.Type == lexer.String:
		return "literal"
	}
	return "expression"
}

// conditionAssign reports "if x = 1:" and its kin.
func (d *diagnoser) conditionAssign(start, end int) *lexer.Error {
	if !d.isKw(start, "if", "elif", "while") || start+2 >= end {
		return nil
	}
	if d.toks[start+1].Type != lexer.Name || !d.isOp(start+2, "=") {
		return nil
	}
	last := d.exprEnd(start + 3)
	return d.errRange("SyntaxError", d.toks[start+1], d.toks[last], "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
}

// importTrailingComma reports "from m import a," without parentheses.
func (d *diagnoser) importTrailingComma(start, end int) *lexer.Error {
	if !d.isKw(start, "from") || !d.isOp(end-1, ",") {
		return nil
	}
	for i := start; i < end; i++ {
		if d.isOp(i, "(") {
			return nil
		}
	}
	return d.errAt("SyntaxError", d.toks[end], "trailing comma not allowed without surrounding parentheses")
}
