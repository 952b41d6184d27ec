package parser

import (
	"strings"
	"testing"

	"github.com/asl-lang/asl/ast"
)

func TestParseExpr(t *testing.T) {
	cases := map[string]string{
		"1 + 2 * 3":        "BinOp(left=Constant(value=1), op=Add(), right=BinOp(left=Constant(value=2), op=Mult(), right=Constant(value=3)))",
		"-2 ** -1":         "UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=UnaryOp(op=USub(), operand=Constant(value=1))))",
		"not a == b":       "UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load()), ops=[Eq()], comparators=[Name(id='b', ctx=Load())]))",
		"a if b else c":    "IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load()))",
		"await x":          "Await(value=Name(id='x', ctx=Load()))",
		"x.y[1:2, ::3]":    "Subscript(value=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3))], ctx=Load()), ctx=Load())",
		"a < b < c":        "Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), Lt()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())])",
		"x or y and not z": "BoolOp(op=Or(), values=[Name(id='x', ctx=Load()), BoolOp(op=And(), values=[Name(id='y', ctx=Load()), UnaryOp(op=Not(), operand=Name(id='z', ctx=Load()))])])",
	}
	for src, want := range cases {
		e, err := ParseExpr("<expr>", src)
		if err != nil {
			t.Errorf("%q: %v", src, err)
			continue
		}
		if got := ast.Dump(e); got != want {
			t.Errorf("%q:\n got %s\nwant %s", src, got, want)
		}
	}
}

func TestPositions(t *testing.T) {
	mod, err := ParseFile("p.asl", "def f(a):\n    return a + 1\nx = f(2)\n")
	if err != nil {
		t.Fatal(err)
	}
	fn := mod.Body[0].(*ast.FunctionDef)
	if fn.Pos != (ast.Pos{Lineno: 1, ColOffset: 0, EndLineno: 2, EndColOffset: 16}) {
		t.Errorf("FunctionDef at %+v", fn.Pos)
	}
	ret := fn.Body[0].(*ast.Return)
	if ret.Pos != (ast.Pos{Lineno: 2, ColOffset: 4, EndLineno: 2, EndColOffset: 16}) {
		t.Errorf("Return at %+v", ret.Pos)
	}
	bin := ret.Value.(*ast.BinOp)
	if bin.Pos != (ast.Pos{Lineno: 2, ColOffset: 11, EndLineno: 2, EndColOffset: 16}) {
		t.Errorf("BinOp at %+v", bin.Pos)
	}
	call := mod.Body[1].(*ast.Assign).Value.(*ast.Call)
	if call.Pos != (ast.Pos{Lineno: 3, ColOffset: 4, EndLineno: 3, EndColOffset: 8}) {
		t.Errorf("Call at %+v", call.Pos)
	}
}

func TestErrorsAreSyntaxErrors(t *testing.T) {
	for _, src := range []string{"(", "x = = 1", "def f(:\n", "\tif x:\n  pass\n", "f'{'\n", "a b c", "\n\n*"} {
		_, err := ParseFile("e.asl", src)
		se, ok := AsSyntaxError(err)
		if !ok {
			t.Errorf("%q: got %v, want a syntax error", src, err)
			continue
		}
		if !strings.HasPrefix(se.Format(), "  File \"e.asl\", line ") {
			t.Errorf("%q: unexpected report %q", src, se.Format())
		}
	}
}
