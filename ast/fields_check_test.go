package ast

import (
	"reflect"
	"strings"
	"testing"
)

// TestFieldsMatchPython checks each node struct against the Python class
// it mirrors: class name, field names, order and optionality, positions.
func TestFieldsMatchPython(t *testing.T) {
	for _, pf := range pythonFields {
		typ := reflect.TypeOf(pf.node).Elem()
		if got := className(pf.node); got != pf.class {
			t.Errorf("%s dumps as %s, want %s", typ.Name(), got, pf.class)
		}
		var got []string
		hasPos := false
		for i := 0; i < typ.NumField(); i++ {
			f := typ.Field(i)
			if f.Anonymous && f.Type == reflect.TypeFor[Pos]() {
				hasPos = true
				continue
			}
			name, opt, _ := strings.Cut(f.Tag.Get("py"), ",")
			if want := camelCase(name); f.Name != want {
				t.Errorf("%s.%s has tag %q, want Go name %s", typ.Name(), f.Name, name, want)
			}
			if opt == "opt" {
				name += "?"
			}
			got = append(got, name)
		}
		want := pf.fields
		switch pf.class {
		case "Module":
			want = []string{"body"} // type_ignores is not represented
		case "ImportFrom":
			want = []string{"module?", "names", "level"} // level is always set
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s fields = %q, want %q", typ.Name(), got, want)
		}
		if hasPos != pf.pos {
			t.Errorf("%s embeds Pos = %v, want %v", typ.Name(), hasPos, pf.pos)
		}
		if _, ok := pf.node.(Positioned); ok != pf.pos {
			t.Errorf("%s implements Positioned = %v, want %v", typ.Name(), ok, pf.pos)
		}
	}
}

// camelCase converts a Python field name such as decorator_list to the Go
// field name DecoratorList.
func camelCase(s string) string {
	words := strings.Split(s, "_")
	for i, w := range words {
		if w != "" {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, "")
}

// TestInterfaces checks that each node type implements the interface of
// its Python base class and no other.
func TestInterfaces(t *testing.T) {
	for _, pf := range pythonFields {
		_, isExpr := pf.node.(Expr)
		_, isStmt := pf.node.(Stmt)
		_, isMod := pf.node.(Mod)
		if isMod != (pf.base == "mod") || isStmt != (pf.base == "stmt") || isExpr != (pf.base == "expr") {
			t.Errorf("%s (base %q): Mod %v, Stmt %v, Expr %v", pf.class, pf.base, isMod, isStmt, isExpr)
		}
	}
}
