package compiler

import (
	"strings"

	"github.com/asl-lang/asl/ast"
)

// mangle rewrites private names (__spam) inside class bodies to
// _ClassName__spam, as CPython's compiler does, before scopes are built.
func mangle(mod *ast.Module) {
	for _, s := range mod.Body {
		ast.Walk(mangler{}, s)
	}
}

// mangler renames the identifiers under one class.
type mangler struct{ class string }

// name applies the private-name rule to one identifier.
func (m mangler) name(id string) string {
	if m.class == "" || !strings.HasPrefix(id, "__") || strings.HasSuffix(id, "__") || strings.Contains(id, ".") {
		return id
	}
	cls := strings.TrimLeft(m.class, "_")
	if cls == "" {
		return id
	}
	return "_" + cls + id
}

// Visit implements ast.Visitor.
func (m mangler) Visit(n ast.Node) ast.Visitor {
	switch x := n.(type) {
	case *ast.ClassDef:
		x.Name = m.name(x.Name)
		for _, e := range x.Bases {
			ast.Walk(m, e)
		}
		for _, k := range x.Keywords {
			ast.Walk(m, k)
		}
		for _, d := range x.DecoratorList {
			ast.Walk(m, d)
		}
		inner := mangler{class: x.Name}
		if m.class != "" {
			inner.class = classNameOf(x.Name, m)
		}
		for _, s := range x.Body {
			ast.Walk(inner, s)
		}
		return nil
	case *ast.Name:
		x.Id = m.name(x.Id)
	case *ast.Attribute:
		x.Attr = m.name(x.Attr)
	case *ast.FunctionDef:
		x.Name = m.name(x.Name)
	case *ast.AsyncFunctionDef:
		x.Name = m.name(x.Name)
	case *ast.Arg:
		x.Arg = m.name(x.Arg)
	case *ast.Global:
		for i, s := range x.Names {
			x.Names[i] = m.name(s)
		}
	case *ast.Nonlocal:
		for i, s := range x.Names {
			x.Names[i] = m.name(s)
		}
	case *ast.ExceptHandler:
		x.Name = m.name(x.Name)
	case *ast.Alias:
		if x.Asname != "" {
			x.Asname = m.name(x.Asname)
		}
	}
	return m
}

// classNameOf is the name a nested class mangles with: its own name as
// written (before the enclosing class mangled it).
func classNameOf(mangled string, outer mangler) string {
	prefix := "_" + strings.TrimLeft(outer.class, "_")
	if strings.HasPrefix(mangled, prefix+"__") {
		return mangled[len(prefix):]
	}
	return mangled
}
