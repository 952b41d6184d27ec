package ast

import (
	"math/big"
	"strings"
	"testing"
)

// dumpCase is a tree together with the source it was parsed from by
// CPython and the output of CPython's ast.dump for it.
type dumpCase struct {
	src  string
	tree Node
	want string
}

// bigInt returns the integer written in decimal in s.
func bigInt(s string) *big.Int {
	x, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic("bad big.Int literal " + s)
	}
	return x
}

func TestDump(t *testing.T) {
	for _, tt := range dumpCases {
		if got := Dump(tt.tree); got != tt.want {
			t.Errorf("Dump of the tree of %q:\n got %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

// The expected values below were printed by CPython 3.11's ast.dump for
// trees built by hand in Python.
func TestDumpSpecialValues(t *testing.T) {
	tests := []struct {
		tree Node
		want string
	}{
		// Positions are not printed.
		{&Name{Pos: Pos{1, 2, 3, 4}, Id: "x", Ctx: Load}, "Name(id='x', ctx=Load())"},
		// A non-optional None field is printed, an optional one is not.
		{&Constant{Value: None}, "Constant(value=None)"},
		{&Attribute{Attr: "a", Ctx: Load}, "Attribute(value=None, attr='a', ctx=Load())"},
		{&Return{}, "Return()"},
		// A typed nil pointer in an interface field is None too.
		{&Return{Value: (*Name)(nil)}, "Return()"},
		// Empty identifiers: None when optional, '' otherwise.
		{&Alias{Name: "", Asname: ""}, "alias(name='')"},
		{&Keyword{Value: &Name{Id: "d", Ctx: Load}}, "keyword(value=Name(id='d', ctx=Load()))"},
		{&Global{Names: []string{"a", "it's"}}, `Global(names=['a', "it's"])`},
		// None entries of expression lists.
		{&Dict{Keys: []Expr{nil}, Values: []Expr{&Name{Id: "d", Ctx: Load}}},
			"Dict(keys=[None], values=[Name(id='d', ctx=Load())])"},
		// Constant values of every kind.
		{&Constant{Value: int64(-5)}, "Constant(value=-5)"},
		{&Constant{Value: bigInt("-100000000000000000000")}, "Constant(value=-100000000000000000000)"},
		{&Constant{Value: -0.0 * -1}, "Constant(value=0.0)"},
		{&Constant{Value: complex(1, -2)}, "Constant(value=(1-2j))"},
		{&Constant{Value: Bytes("\x00'")}, `Constant(value=b"\x00'")`},
		{&Constant{Value: "x", Kind: "u"}, "Constant(value='x', kind='u')"},
		{&FormattedValue{Value: &Name{Id: "x", Ctx: Load}, Conversion: -1},
			"FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)"},
		{&ImportFrom{Names: []*Alias{{Name: "x"}}}, "ImportFrom(names=[alias(name='x')], level=0)"},
		{&Module{}, "Module(body=[], type_ignores=[])"},
	}
	for _, tt := range tests {
		if got := Dump(tt.tree); got != tt.want {
			t.Errorf("Dump:\n got %s\nwant %s", got, tt.want)
		}
	}
}

// TestDumpCasesCoverAllNodes checks that the trees of dumpCases contain
// every node type at least once.
func TestDumpCasesCoverAllNodes(t *testing.T) {
	seen := map[string]bool{}
	for _, tt := range dumpCases {
		Inspect(tt.tree, func(n Node) bool {
			seen[className(n)] = true
			return true
		})
	}
	for _, pf := range pythonFields {
		if !seen[pf.class] {
			t.Errorf("no test tree contains a %s node", pf.class)
		}
	}
}

// className returns the Python class name Dump prints for n.
func className(n Node) string {
	name, _, _ := strings.Cut(Dump(n), "(")
	return name
}
