package ast

import (
	"reflect"
	"strings"
	"testing"
)

// reflectChildren returns the non-nil child nodes of n in field order,
// found by reflection, as an independent check of walkChildren.
func reflectChildren(n Node) []Node {
	var kids []Node
	var add func(v reflect.Value)
	add = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Interface, reflect.Pointer:
			if v.IsNil() {
				return
			}
			if c, ok := v.Interface().(Node); ok {
				kids = append(kids, c)
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				add(v.Index(i))
			}
		}
	}
	v := reflect.ValueOf(n).Elem()
	for i := 0; i < v.NumField(); i++ {
		if v.Type().Field(i).Type != reflect.TypeFor[any]() {
			add(v.Field(i))
		}
	}
	return kids
}

// recorder is a Visitor that logs the nodes it visits, with "nil" for
// the calls that end a node's children.
type recorder struct{ log *[]string }

func (r recorder) Visit(n Node) Visitor {
	if n == nil {
		*r.log = append(*r.log, "nil")
		return nil
	}
	*r.log = append(*r.log, className(n))
	return r
}

// expectedLog returns the log Walk with a recorder should produce for n.
func expectedLog(n Node) []string {
	log := []string{className(n)}
	for _, c := range reflectChildren(n) {
		log = append(log, expectedLog(c)...)
	}
	return append(log, "nil")
}

func TestWalkVisitsAllChildren(t *testing.T) {
	for _, tt := range dumpCases {
		var got []string
		Walk(recorder{&got}, tt.tree)
		want := expectedLog(tt.tree)
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("Walk of the tree of %q:\n got %v\nwant %v", tt.src, got, want)
		}
	}
}

func TestInspect(t *testing.T) {
	// f(a + g(b)) with the call's arguments skipped.
	tree := &ExprStmt{Value: &Call{
		Func: &Name{Id: "f", Ctx: Load},
		Args: []Expr{&BinOp{
			Left:  &Name{Id: "a", Ctx: Load},
			Op:    Add,
			Right: &Call{Func: &Name{Id: "g", Ctx: Load}, Args: []Expr{&Name{Id: "b", Ctx: Load}}},
		}},
	}}
	var got []string
	Inspect(tree, func(n Node) bool {
		if n == nil {
			t.Fatal("Inspect called f with nil")
		}
		got = append(got, className(n))
		return !strings.HasPrefix(Dump(n), "Call(func=Name(id='g'")
	})
	want := "Expr Call Name BinOp Name Call"
	if strings.Join(got, " ") != want {
		t.Errorf("Inspect visited %v, want %s", got, want)
	}
}

func TestWalkSkipsNilEntries(t *testing.T) {
	tree := &Dict{Keys: []Expr{nil, &Name{Id: "k", Ctx: Load}}, Values: []Expr{&Name{Id: "d", Ctx: Load}, nil}}
	var got []string
	Walk(recorder{&got}, tree)
	want := "Dict Name nil Name nil nil"
	if strings.Join(got, " ") != want {
		t.Errorf("Walk visited %v, want %s", got, want)
	}
}
