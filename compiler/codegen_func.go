package compiler

import (
	"github.com/asl-lang/asl/ast"
)

// function compiles a def or a lambda (body or expr) into dst.
func (g *gen) function(node ast.Node, name string, args *ast.Arguments, body []ast.Stmt, expr ast.Expr, dst int) {
	sc := g.c.table.scopeOf(node)
	line := g.line
	if p, ok := node.(ast.Positioned); ok {
		line = p.GetPos().Lineno
	}
	sub := newGen(g.c, sc, name, FunctionCode, line)
	sub.code.QualName = g.qualName(name)
	_, isAsync := node.(*ast.AsyncFunctionDef)
	sub.code.Coroutine = isAsync
	sub.code.Generator = sc.generator
	sub.code.ParamNames = sc.params
	sub.code.PosOnly = len(args.Posonlyargs)
	sub.code.ArgCount = len(args.Posonlyargs) + len(args.Args)
	sub.code.KwOnly = len(args.Kwonlyargs)
	sub.code.VarArgs = args.Vararg != nil
	sub.code.VarKw = args.Kwarg != nil
	sub.deleted = deletedNames(body, expr)
	if expr != nil {
		r := sub.alloc()
		sub.exprTo(expr, r)
		sub.emit(OpReturn, r, 0, 0)
	} else {
		if doc := docstring(body); doc != nil {
			sub.code.Docstring = doc
		}
		sub.body(body, false)
		r := sub.alloc()
		sub.emit(OpLoadNone, r, 0, 0)
		sub.emit(OpReturn, r, 0, 0)
	}
	if sub.err != nil && g.err == nil {
		g.err = sub.err
	}
	code := sub.finish()
	g.closure(code)
	// Defaults go into the registers after the function's.
	base := g.allocN(1 + len(args.Defaults) + len(args.KwDefaults))
	for i, d := range args.Defaults {
		g.exprTo(d, base+1+i)
	}
	code.NumDefaults = len(args.Defaults)
	code.KwDefaultMask = make([]bool, len(args.KwDefaults))
	for i, d := range args.KwDefaults {
		if d != nil {
			code.KwDefaultMask[i] = true
			g.exprTo(d, base+1+len(args.Defaults)+i)
		}
	}
	g.setLine(node)
	g.emit(OpMakeFunc, base, g.constIndex(code), 0)
	if dst != base {
		g.emit(OpMove, dst, base, 0)
	}
}

// closure records where the new function's free variables come from in
// this frame's cells.
func (g *gen) closure(code *Code) {
	for _, n := range code.FreeNames {
		k, ok := g.cell[n]
		if !ok {
			k = -1
		}
		code.ClosureFrom = append(code.ClosureFrom, k)
	}
}

// qualName is CPython's __qualname__ of a function or class defined here.
func (g *gen) qualName(name string) string {
	switch g.code.Kind {
	case ModuleCode:
		return name
	case ClassCode:
		return g.code.QualName + "." + name
	}
	return g.code.QualName + ".<locals>." + name
}

// docstring returns the docstring constant of a body, or nil.
func docstring(body []ast.Stmt) any {
	if len(body) == 0 {
		return nil
	}
	if e, ok := body[0].(*ast.ExprStmt); ok {
		if c, ok := e.Value.(*ast.Constant); ok {
			if s, ok := c.Value.(string); ok {
				return s
			}
		}
	}
	return nil
}

// deletedNames lists the names a function deletes: those are never
// assumed bound.
func deletedNames(body []ast.Stmt, expr ast.Expr) map[string]bool {
	out := map[string]bool{}
	visit := func(n ast.Node) bool {
		if nm, ok := n.(*ast.Name); ok && nm.Ctx == ast.Del {
			out[nm.Id] = true
		}
		if _, ok := n.(*ast.ExceptHandler); ok {
			if h := n.(*ast.ExceptHandler); h.Name != "" {
				out[h.Name] = true
			}
		}
		return true
	}
	for _, s := range body {
		ast.Inspect(s, visit)
	}
	if expr != nil {
		ast.Inspect(expr, visit)
	}
	return out
}

// class compiles a class statement into dst.
func (g *gen) class(n *ast.ClassDef, dst int) {
	sc := g.c.table.scopeOf(n)
	sub := newGen(g.c, sc, n.Name, ClassCode, n.Lineno)
	sub.code.QualName = g.qualName(n.Name)
	sub.deleted = deletedNames(n.Body, nil)
	q := sub.alloc()
	sub.constTo(sub.code.QualName, q)
	sub.emitBx(OpStoreName, q, sub.nameIndex("__qualname__"))
	if doc := docstring(n.Body); doc != nil {
		sub.constTo(doc, q)
		sub.emitBx(OpStoreName, q, sub.nameIndex("__doc__"))
	}
	sub.release(q)
	sub.setupAnnotations(n.Body)
	sub.body(n.Body, false)
	r := sub.alloc()
	if k, ok := sub.cell["__class__"]; ok && sc.classCell {
		// The class cell is returned so the new class can fill it.
		sub.emit(OpNewCell, r, k, 1)
	} else {
		sub.emit(OpLoadNone, r, 0, 0)
	}
	sub.emit(OpReturn, r, 0, 0)
	if sub.err != nil && g.err == nil {
		g.err = sub.err
	}
	code := sub.finish()
	g.closure(code)
	base := g.allocN(1 + len(n.Bases) + len(n.Keywords))
	g.emit(OpMakeFunc, base, g.constIndex(code), 0)
	for i, b := range n.Bases {
		g.exprTo(b, base+1+i)
	}
	// The name constant is the class name, or with keywords (metaclass=…)
	// a tuple of the name and the keyword names, their values after the bases.
	var desc any = n.Name
	if len(n.Keywords) > 0 {
		parts := []any{n.Name}
		for i, k := range n.Keywords {
			if k.Arg == "" {
				g.fail(k, "** in a class statement is not supported")
			}
			parts = append(parts, k.Arg)
			g.exprTo(k.Value, base+1+len(n.Bases)+i)
		}
		desc = parts
	}
	g.setLine(n)
	g.emit(OpMakeClass, base, g.constIndex(desc), len(n.Bases)+len(n.Keywords))
	g.emit(OpMove, dst, base, 0)
	g.decorate(n.DecoratorList, dst, n)
}

// comprehension compiles a comprehension as CPython 3.11 does: a nested
// function called at once with the iterator of the first iterable.
func (g *gen) comprehension(e ast.Expr, dst int) {
	sc := g.c.table.scopeOf(e)
	var gens []*ast.Comprehension
	switch n := e.(type) {
	case *ast.ListComp:
		gens = n.Generators
	case *ast.SetComp:
		gens = n.Generators
	case *ast.DictComp:
		gens = n.Generators
	case *ast.GeneratorExp:
		gens = n.Generators
	}
	sub := newGen(g.c, sc, sc.name, ComprehensionCode, g.line)
	sub.code.QualName = g.qualName(sc.name)
	sub.code.ParamNames = []string{".0"}
	sub.code.ArgCount = 1
	_, isGen := e.(*ast.GeneratorExp)
	sub.code.Generator = isGen
	async := isAsyncComp(e)
	sub.code.Coroutine = async // an async generator when isGen
	acc := sub.alloc()
	switch e.(type) {
	case *ast.ListComp:
		sub.emit(OpBuildList, acc, acc, 0)
	case *ast.SetComp:
		sub.emit(OpBuildSet, acc, acc, 0)
	case *ast.DictComp:
		sub.emit(OpBuildDict, acc, acc, 0)
	}
	sub.compLoop(e, gens, 0, acc)
	if isGen {
		sub.emit(OpLoadNone, acc, 0, 0)
	}
	sub.emit(OpReturn, acc, 0, 0)
	if sub.err != nil && g.err == nil {
		g.err = sub.err
	}
	code := sub.finish()
	g.closure(code)
	base := g.allocN(2)
	g.emit(OpMakeFunc, base, g.constIndex(code), 0)
	src := g.exprAny(gens[0].Iter)
	if gens[0].IsAsync != 0 {
		g.emit(OpGetAIter, base+1, src, 0)
	} else {
		g.emit(OpGetIter, base+1, src, 0)
	}
	g.setLine(e)
	g.emit(OpCall, base, 1, 0)
	if async && !isGen {
		g.await(base, base) // [await f(x) for x in xs] runs as a coroutine
	}
	g.emit(OpMove, dst, base, 0)
}

// compLoop emits the loop of generator clause i and what it contains.
func (g *gen) compLoop(e ast.Expr, gens []*ast.Comprehension, i, acc int) {
	mark := g.top
	defer g.release(mark)
	c := gens[i]
	it := 0 // the .0 parameter holds the first iterator
	if c.IsAsync != 0 {
		g.asyncCompLoop(e, gens, i, acc)
		return
	}
	if i > 0 {
		it = g.alloc()
		src := g.exprAny(c.Iter)
		g.emit(OpGetIter, it, src, 0)
	}
	item, line, entry, body := g.loopTop(c.Target)
	g.assignTo(c.Target, item)
	var skips []int
	for _, cond := range c.Ifs {
		g.condJump(cond, false, func(jf []int) { skips = append(skips, jf...) })
	}
	g.compInner(e, gens, i, acc)
	test := g.pc()
	g.patch(entry, test)
	g.patchAll(skips, test)
	g.line = line
	g.emitForIter(item, it, body)
}

// compInner compiles what runs for each item of clause i: the next
// clause, or the element added to the result (yielded by a genexp).
func (g *gen) compInner(e ast.Expr, gens []*ast.Comprehension, i, acc int) {
	if i+1 < len(gens) {
		g.compLoop(e, gens, i+1, acc)
	} else {
		m := g.top
		switch n := e.(type) {
		case *ast.ListComp:
			r := g.exprAny(n.Elt)
			g.emit(OpListAppend, acc, r, 0)
		case *ast.SetComp:
			r := g.exprAny(n.Elt)
			g.emit(OpSetAdd, acc, r, 0)
		case *ast.DictComp:
			k := g.exprAny(n.Key)
			v := g.exprAny(n.Value)
			g.emit(OpDictSet, acc, k, v)
		case *ast.GeneratorExp:
			r := g.alloc()
			g.exprTo(n.Elt, r)
			g.emit(OpYield, r, r, 0)
		}
		g.release(m)
	}
}
