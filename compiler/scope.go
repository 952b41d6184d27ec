package compiler

import (
	"github.com/asl-lang/asl/ast"
)

// NameKind is where a name of a code block lives at run time, as CPython's
// symtable decides it.
type NameKind int

// The kinds of names.
const (
	NameGlobalImplicit NameKind = iota // module globals, then builtins
	NameGlobalExplicit                 // declared global
	NameLocal                          // a register of the frame
	NameCell                           // a local captured by an inner function: a cell of the frame
	NameFree                           // a variable of an enclosing function: a cell from the closure
	NameClassLocal                     // a class body's namespace
)

// resolve computes, for every scope, the kind of each name and the frame
// layout of cells and free variables, after the whole module is visited.
func resolve(s *scope) {
	s.kinds = map[string]NameKind{}
	for name, flags := range s.symbols {
		if name[0] == '.' {
			continue // internal markers
		}
		switch {
		case flags&defGlobal != 0:
			s.kinds[name] = NameGlobalExplicit
		case flags&defNonlocal != 0:
			s.kinds[name] = NameFree
			bindFree(s, name)
		case flags&(defLocal|defParam) != 0:
			switch s.kind {
			case moduleScope:
				s.kinds[name] = NameGlobalImplicit
			case classScope:
				s.kinds[name] = NameClassLocal
			default:
				s.kinds[name] = NameLocal
			}
		}
	}
	if s.usesSuper {
		s.symbols["__class__"] |= use
	}
	for _, ch := range s.children {
		resolve(ch)
	}
	// Names only used here: free if an enclosing function binds them.
	for name, flags := range s.symbols {
		if name[0] == '.' {
			continue
		}
		if _, ok := s.kinds[name]; ok || flags&use == 0 {
			continue
		}
		if s.kind != moduleScope && bindFree(s, name) {
			s.kinds[name] = NameFree
		} else if s.kind == classScope {
			s.kinds[name] = NameClassLocal // looked up in the class namespace, then globals
		} else {
			s.kinds[name] = NameGlobalImplicit
		}
	}
	for _, name := range sortedNames(s.kinds) {
		if s.kinds[name] == NameFree {
			s.freeVars = append(s.freeVars, name)
		}
	}
}

// bindFree finds name in an enclosing function scope of s, makes it a cell
// there, and passes it through the scopes in between. It reports whether
// it was found.
func bindFree(s *scope, name string) bool {
	for p := s.parent; p != nil && p.kind != moduleScope; p = p.parent {
		if p.kind == classScope {
			if name == "__class__" {
				p.classCell = true
				markPassThrough(s, p, name)
				return true
			}
			continue
		}
		flags := p.symbols[name]
		if flags&defGlobal != 0 {
			return false
		}
		if flags&(defLocal|defParam) != 0 && flags&defNonlocal == 0 {
			p.cells = addName(p.cells, name)
			markPassThrough(s, p, name)
			return true
		}
		if flags&defNonlocal != 0 {
			markPassThrough(s, p, name)
			return true
		}
	}
	return false
}

// markPassThrough makes name free in every scope strictly between s and p.
func markPassThrough(s, p *scope, name string) {
	for q := s.parent; q != p; q = q.parent {
		if q.kinds == nil {
			q.kinds = map[string]NameKind{}
		}
		if _, ok := q.kinds[name]; !ok || q.kinds[name] != NameFree {
			if q.kind != classScope || q.kinds[name] != NameClassLocal {
				q.kinds[name] = NameFree
			}
			q.passFree = addName(q.passFree, name)
		}
	}
}

func addName(list []string, name string) []string {
	for _, n := range list {
		if n == name {
			return list
		}
	}
	return append(list, name)
}

func sortedNames(m map[string]NameKind) []string {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	for i := 1; i < len(names); i++ {
		for j := i; j > 0 && names[j] < names[j-1]; j-- {
			names[j], names[j-1] = names[j-1], names[j]
		}
	}
	return names
}

// scopeOf returns the scope recorded for a function, lambda, class or
// comprehension node.
func (t *symTable) scopeOf(n ast.Node) *scope { return t.scopes[n] }
