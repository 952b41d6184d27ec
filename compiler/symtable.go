package compiler

import (
	"github.com/asl-lang/asl/ast"
)

type scopeKind int

const (
	moduleScope scopeKind = iota
	classScope
	functionScope
	comprehensionScope
)

// Symbol flags, as CPython's symtable records them.
const (
	defLocal = 1 << iota
	defParam
	defGlobal
	defNonlocal
	use
)

// scope is one block of the symbol table: module, class, function,
// lambda or comprehension.
type scope struct {
	kind      scopeKind
	parent    *scope
	children  []*scope
	symbols   map[string]int
	order     []string        // the symbols in order of first sight
	nonlocals []*ast.Nonlocal // declarations to resolve once all scopes are known
	async     bool
	compName  string // "list comprehension" and friends, for comprehension scopes

	// Filled in for code generation.
	name      string              // the function or class name
	params    []string            // parameter names in order
	kinds     map[string]NameKind // set by resolve
	cells     []string            // locals captured by inner functions
	freeVars  []string            // variables of enclosing functions, in frame order
	passFree  []string            // free variables only passed through to inner functions
	usesSuper bool                // a function that mentions super: needs __class__
	classCell bool                // a class whose methods need __class__
	generator bool                // contains yield
}

// symTable is the result of the symbol-table pass.
type symTable struct {
	root   *scope
	scopes map[ast.Node]*scope
}

func newScope(kind scopeKind, parent *scope) *scope {
	s := &scope{kind: kind, parent: parent, symbols: map[string]int{}}
	if parent != nil {
		parent.children = append(parent.children, s)
	}
	return s
}

// symtable builds the scopes of mod and reports the errors CPython's
// symtable.c raises.
func (c *checker) symtable(mod *ast.Module) error {
	st := &symVisitor{c: c, cur: newScope(moduleScope, nil), table: &symTable{scopes: map[ast.Node]*scope{}}}
	root := st.cur
	st.table.root = root
	st.table.scopes[mod] = root
	for _, s := range mod.Body {
		if err := st.stmt(s); err != nil {
			return err
		}
	}
	if err := st.resolveNonlocals(root); err != nil {
		return err
	}
	c.table = st.table
	return nil
}

type symVisitor struct {
	c     *checker
	cur   *scope
	table *symTable
}

// enter opens the scope of node n.
func (v *symVisitor) enter(kind scopeKind, n ast.Node, name string) *scope {
	s := newScope(kind, v.cur)
	s.name = name
	v.table.scopes[n] = s
	v.cur = s
	return s
}

func (v *symVisitor) addDef(name string, flag int, n ast.Node) error {
	old := v.cur.symbols[name]
	if flag == defParam && old&defParam != 0 {
		return v.c.errNode(n, "duplicate argument '%s' in function definition", name)
	}
	v.cur.mark(name, old|flag)
	return nil
}

// mark sets the flags of a symbol, noting when it is first seen.
func (s *scope) mark(name string, flags int) {
	if _, seen := s.symbols[name]; !seen {
		s.order = append(s.order, name)
	}
	s.symbols[name] = flags
}

func (v *symVisitor) stmts(body []ast.Stmt) error {
	for _, s := range body {
		if err := v.stmt(s); err != nil {
			return err
		}
	}
	return nil
}

func (v *symVisitor) exprs(es []ast.Expr) error {
	for _, e := range es {
		if e == nil {
			continue
		}
		if err := v.expr(e); err != nil {
			return err
		}
	}
	return nil
}

func (v *symVisitor) stmt(s ast.Stmt) error {
	switch n := s.(type) {
	case *ast.FunctionDef:
		return v.function(n, n.Name, n.Args, n.Body, n.DecoratorList, n.Returns, false)
	case *ast.AsyncFunctionDef:
		return v.function(n, n.Name, n.Args, n.Body, n.DecoratorList, n.Returns, true)
	case *ast.ClassDef:
		if err := v.exprs(n.DecoratorList); err != nil {
			return err
		}
		if err := v.exprs(n.Bases); err != nil {
			return err
		}
		for _, k := range n.Keywords {
			if err := v.expr(k.Value); err != nil {
				return err
			}
		}
		if err := v.addDef(n.Name, defLocal, n); err != nil {
			return err
		}
		outer := v.cur
		v.enter(classScope, n, n.Name)
		err := v.stmts(n.Body)
		v.cur = outer
		return err
	case *ast.Return:
		if n.Value != nil && v.cur.async && v.cur.symbols[".yield"] != 0 {
			return v.c.errNode(n, "'return' with value in async generator")
		}
		if n.Value != nil {
			v.cur.symbols[".returnvalue"] = 1
		}
		return v.exprOpt(n.Value)
	case *ast.Global:
		return v.declare(n, n.Names, defGlobal)
	case *ast.Nonlocal:
		if err := v.declare(n, n.Names, defNonlocal); err != nil {
			return err
		}
		if v.cur.kind == moduleScope {
			return v.c.errNode(n, "nonlocal declaration not allowed at module level")
		}
		v.cur.nonlocals = append(v.cur.nonlocals, n)
		return nil
	case *ast.Import:
		for _, a := range n.Names {
			if err := v.addDef(importedName(a), defLocal, a); err != nil {
				return err
			}
		}
		return nil
	case *ast.ImportFrom:
		for _, a := range n.Names {
			if a.Name == "*" {
				if v.cur.kind != moduleScope {
					return v.c.errNode(a, "import * only allowed at module level")
				}
				continue
			}
			if err := v.addDef(importedName(a), defLocal, a); err != nil {
				return err
			}
		}
		return nil
	case *ast.Try:
		return v.try(n.Body, n.Handlers, n.Orelse, n.Finalbody)
	case *ast.TryStar:
		return v.try(n.Body, n.Handlers, n.Orelse, n.Finalbody)
	}
	return v.children(s)
}

func (v *symVisitor) try(body []ast.Stmt, hs []*ast.ExceptHandler, orelse, final []ast.Stmt) error {
	if err := v.stmts(body); err != nil {
		return err
	}
	for _, h := range hs {
		if err := v.exprOpt(h.Type); err != nil {
			return err
		}
		if h.Name != "" {
			if err := v.addDef(h.Name, defLocal, h); err != nil {
				return err
			}
		}
		if err := v.stmts(h.Body); err != nil {
			return err
		}
	}
	if err := v.stmts(orelse); err != nil {
		return err
	}
	return v.stmts(final)
}

// children visits the statements and expressions directly inside s.
func (v *symVisitor) children(s ast.Stmt) error {
	var err error
	ast.Inspect(s, func(n ast.Node) bool {
		if err != nil || n == ast.Node(s) {
			return err == nil
		}
		switch x := n.(type) {
		case ast.Stmt:
			err = v.stmt(x)
			return false
		case ast.Expr:
			err = v.expr(x)
			return false
		}
		return true
	})
	return err
}

func importedName(a *ast.Alias) string {
	if a.Asname != "" {
		return a.Asname
	}
	for i := 0; i < len(a.Name); i++ {
		if a.Name[i] == '.' {
			return a.Name[:i]
		}
	}
	return a.Name
}

func (v *symVisitor) declare(n ast.Stmt, names []string, flag int) error {
	word := "global"
	if flag == defNonlocal {
		word = "nonlocal"
	}
	for _, name := range names {
		old := v.cur.symbols[name]
		switch {
		case old&defParam != 0:
			return v.c.errNode(n, "name '%s' is parameter and %s", name, word)
		case old&defLocal != 0:
			return v.c.errNode(n, "name '%s' is assigned to before %s declaration", name, word)
		case old&use != 0:
			return v.c.errNode(n, "name '%s' is used prior to %s declaration", name, word)
		case flag == defGlobal && old&defNonlocal != 0:
			return v.c.errNode(n, "name '%s' is nonlocal and global", name)
		case flag == defNonlocal && old&defGlobal != 0:
			return v.c.errNode(n, "name '%s' is nonlocal and global", name)
		}
		v.cur.mark(name, old|flag)
	}
	return nil
}

func (v *symVisitor) function(n ast.Stmt, name string, args *ast.Arguments, body []ast.Stmt, decs []ast.Expr, returns ast.Expr, async bool) error {
	if err := v.exprs(decs); err != nil {
		return err
	}
	if err := v.argDefaults(args); err != nil {
		return err
	}
	if err := v.exprOpt(returns); err != nil {
		return err
	}
	if err := v.addDef(name, defLocal, n); err != nil {
		return err
	}
	outer := v.cur
	v.enter(functionScope, n, name)
	v.cur.async = async
	defer func() { v.cur = outer }()
	if err := v.params(args); err != nil {
		return err
	}
	return v.stmts(body)
}

func (v *symVisitor) argDefaults(a *ast.Arguments) error {
	if err := v.exprs(a.Defaults); err != nil {
		return err
	}
	if err := v.exprs(a.KwDefaults); err != nil {
		return err
	}
	for _, arg := range allArgs(a) {
		if err := v.exprOpt(arg.Annotation); err != nil {
			return err
		}
	}
	return nil
}

func allArgs(a *ast.Arguments) []*ast.Arg {
	out := append([]*ast.Arg{}, a.Posonlyargs...)
	out = append(out, a.Args...)
	if a.Vararg != nil {
		out = append(out, a.Vararg)
	}
	out = append(out, a.Kwonlyargs...)
	if a.Kwarg != nil {
		out = append(out, a.Kwarg)
	}
	return out
}

func (v *symVisitor) params(a *ast.Arguments) error {
	for _, arg := range allArgs(a) {
		if err := v.addDef(arg.Arg, defParam, arg); err != nil {
			return err
		}
	}
	v.cur.params = paramOrder(a)
	return nil
}

// paramOrder lists parameter names in frame order, as CPython's
// co_varnames: positional, keyword-only, then *args and **kwargs.
func paramOrder(a *ast.Arguments) []string {
	var names []string
	for _, list := range [][]*ast.Arg{a.Posonlyargs, a.Args, a.Kwonlyargs} {
		for _, arg := range list {
			names = append(names, arg.Arg)
		}
	}
	if a.Vararg != nil {
		names = append(names, a.Vararg.Arg)
	}
	if a.Kwarg != nil {
		names = append(names, a.Kwarg.Arg)
	}
	return names
}

func (v *symVisitor) exprOpt(e ast.Expr) error {
	if e == nil {
		return nil
	}
	return v.expr(e)
}

func (v *symVisitor) expr(e ast.Expr) error {
	switch n := e.(type) {
	case *ast.Name:
		flag := use
		if n.Ctx != ast.Load {
			flag = defLocal
		}
		v.cur.mark(n.Id, v.cur.symbols[n.Id]|flag)
		if n.Id == "super" && v.cur.kind == functionScope {
			v.cur.usesSuper = true
		}
		return nil
	case *ast.NamedExpr:
		if err := v.expr(n.Value); err != nil {
			return err
		}
		target := v.cur
		for target.kind == comprehensionScope {
			target = target.parent
		}
		id := n.Target.(*ast.Name).Id
		target.mark(id, target.symbols[id]|defLocal)
		return nil
	case *ast.Lambda:
		if err := v.argDefaults(n.Args); err != nil {
			return err
		}
		outer := v.cur
		v.enter(functionScope, n, "<lambda>")
		defer func() { v.cur = outer }()
		if err := v.params(n.Args); err != nil {
			return err
		}
		return v.expr(n.Body)
	case *ast.ListComp:
		return v.comprehension(n, "list comprehension", n.Generators, n.Elt, nil)
	case *ast.SetComp:
		return v.comprehension(n, "set comprehension", n.Generators, n.Elt, nil)
	case *ast.DictComp:
		return v.comprehension(n, "dict comprehension", n.Generators, n.Key, n.Value)
	case *ast.GeneratorExp:
		return v.comprehension(n, "generator expression", n.Generators, n.Elt, nil)
	case *ast.Yield, *ast.YieldFrom:
		if v.cur.kind == comprehensionScope {
			return v.c.errNode(n, "'yield' inside %s", v.cur.compName)
		}
		if v.cur.async && v.cur.symbols[".returnvalue"] != 0 {
			return v.c.errNode(n, "'return' with value in async generator")
		}
		v.cur.symbols[".yield"] = 1
		v.cur.generator = true
	}
	var err error
	ast.Inspect(e, func(n ast.Node) bool {
		if err != nil || n == ast.Node(e) {
			return err == nil
		}
		if x, ok := n.(ast.Expr); ok {
			err = v.expr(x)
			return false
		}
		return true
	})
	return err
}

func (v *symVisitor) comprehension(n ast.Expr, kind string, gens []*ast.Comprehension, elt, value ast.Expr) error {
	// The first iterable is evaluated in the enclosing scope.
	if err := v.expr(gens[0].Iter); err != nil {
		return err
	}
	outer := v.cur
	v.enter(comprehensionScope, n, compNames[kind])
	v.cur.params = []string{".0"}
	v.cur.compName = kind
	v.cur.async = outer.async
	defer func() { v.cur = outer }()
	for i, g := range gens {
		if i > 0 {
			if err := v.expr(g.Iter); err != nil {
				return err
			}
		}
		if err := v.expr(g.Target); err != nil {
			return err
		}
		if err := v.exprs(g.Ifs); err != nil {
			return err
		}
	}
	if err := v.expr(elt); err != nil {
		return err
	}
	return v.exprOpt(value)
}

// resolveNonlocals checks that every nonlocal name is bound in an
// enclosing function.
func (v *symVisitor) resolveNonlocals(s *scope) error {
	for _, n := range s.nonlocals {
		for _, name := range n.Names {
			if !boundInEnclosing(s.parent, name) {
				return v.c.errNode(n, "no binding for nonlocal '%s' found", name)
			}
		}
	}
	for _, ch := range s.children {
		if err := v.resolveNonlocals(ch); err != nil {
			return err
		}
	}
	return nil
}

func boundInEnclosing(s *scope, name string) bool {
	for ; s != nil && s.kind != moduleScope; s = s.parent {
		if s.kind == classScope {
			continue
		}
		f := s.symbols[name]
		if f&defGlobal != 0 {
			return false
		}
		if f&(defLocal|defParam|defNonlocal) != 0 {
			return true
		}
	}
	return false
}

// compNames are the code names CPython gives comprehension functions.
var compNames = map[string]string{
	"list comprehension":   "<listcomp>",
	"set comprehension":    "<setcomp>",
	"dict comprehension":   "<dictcomp>",
	"generator expression": "<genexpr>",
}
