package compiler

import (
	"github.com/asl-lang/asl/ast"
)

// handlerBlock is an enclosing try statement whose finally body must run
// when return, break or continue leave it.
type handlerBlock struct {
	finally   []ast.Stmt // nil for try/except without finally
	start     int        // start of the open protected range, -1 when closed
	entries   []int      // exception-table entries to point at the handler
	excReg    int        // where the handler finds the exception
	push      bool       // the handler handles the exception (except, with)
	inHandler bool       // inside except clauses: leaving pops the exception
	isWith    bool       // a with block: leaving calls __exit__
	isAsync   bool       // an async with block: leaving awaits __aexit__
	withBase  int
	depth     int // how many try blocks enclose this one
}

// body compiles a block of statements; at module level a docstring is
// stored as __doc__ by the module body itself.
func (g *gen) body(stmts []ast.Stmt, module bool) {
	for _, s := range stmts {
		g.stmt(s)
	}
}

func (g *gen) stmt(s ast.Stmt) {
	g.setLine(s)
	mark := g.top
	defer g.release(mark)
	switch n := s.(type) {
	case *ast.ExprStmt:
		r := g.alloc()
		g.exprTo(n.Value, r)
		if _, ok := n.Value.(*ast.Call); ok {
			g.emit(OpDiscard, r, 0, 0)
		}
	case *ast.Assign:
		g.assign(n)
	case *ast.AugAssign:
		g.augAssign(n)
	case *ast.AnnAssign:
		g.annAssign(n)
	case *ast.Pass:
	case *ast.If:
		g.ifStmt(n)
	case *ast.While:
		g.whileStmt(n)
	case *ast.For:
		g.forStmt(n)
	case *ast.Break:
		g.breakOrContinue(true)
	case *ast.Continue:
		g.breakOrContinue(false)
	case *ast.Return:
		var r int
		if n.Value != nil {
			r = g.exprAny(n.Value)
			if r < g.tmpBase && len(g.handlers) > 0 {
				// A finally body may assign the local before we return.
				t := g.alloc()
				g.emit(OpMove, t, r, 0)
				r = t
			}
		} else {
			r = g.alloc()
			g.emit(OpLoadNone, r, 0, 0)
		}
		g.unwindAll()
		g.setLine(n)
		g.emit(OpReturn, r, 0, 0)
	case *ast.FunctionDef:
		r := g.alloc()
		g.function(n, n.Name, n.Args, n.Body, nil, r)
		g.decorate(n.DecoratorList, r, n)
		g.storeName(n.Name, r)
	case *ast.AsyncFunctionDef:
		r := g.alloc()
		g.function(n, n.Name, n.Args, n.Body, nil, r)
		g.decorate(n.DecoratorList, r, n)
		g.storeName(n.Name, r)
	case *ast.AsyncFor:
		g.asyncForStmt(n)
	case *ast.AsyncWith:
		g.asyncWithStmt(n.Items, n.Body)
	case *ast.ClassDef:
		r := g.alloc()
		g.class(n, r)
		g.storeName(n.Name, r)
	case *ast.Delete:
		for _, t := range n.Targets {
			g.deleteTarget(t)
		}
	case *ast.Global, *ast.Nonlocal:
	case *ast.Raise:
		g.raise(n)
	case *ast.Try:
		g.tryStmt(n)
	case *ast.Assert:
		g.assertStmt(n)
	case *ast.Import:
		g.importStmt(n)
	case *ast.ImportFrom:
		g.importFrom(n)
	case *ast.With:
		g.withStmt(n.Items, n.Body)
	default:
		g.fail(s, "%T is not supported yet", s)
	}
}

func (g *gen) ifStmt(n *ast.If) {
	restore := g.saveBound()
	g.condJump(n.Test, false, func(jf []int) {
		g.body(n.Body, false)
		restore()
		if len(n.Orelse) == 0 {
			g.patchAll(jf, g.pc())
			return
		}
		end := g.emitJump(OpJump, 0)
		g.patchAll(jf, g.pc())
		g.body(n.Orelse, false)
		restore()
		g.patch(end, g.pc())
	})
}

// whileStmt compiles a while loop with its test at the bottom, as CPython
// does: one jump enters the loop, and each pass then costs only the test's
// backward branch.
func (g *gen) whileStmt(n *ast.While) {
	restore := g.saveBound()
	l := &loop{handlerDepth: len(g.handlers)}
	forever := isTrueConst(n.Test)
	entry := -1
	if !forever {
		entry = g.emitJump(OpJump, 0)
	}
	body := g.pc()
	g.loops = append(g.loops, l)
	g.body(n.Body, false)
	g.loops = g.loops[:len(g.loops)-1]
	// The test first runs before the body: what the body binds may be
	// unbound there.
	restore()
	test := g.pc()
	g.patchAll(l.continues, test)
	if forever {
		g.jumpTo(body)
	} else {
		g.patch(entry, test)
		g.condJump(n.Test, true, func(jt []int) { g.patchAll(jt, body) })
	}
	restore()
	g.body(n.Orelse, false)
	restore()
	for _, b := range l.breaks {
		g.patch(b, g.pc())
	}
}

// isTrueConst reports whether e is a constant whose truth is true.
func isTrueConst(e ast.Expr) bool {
	c, ok := e.(*ast.Constant)
	if !ok {
		return false
	}
	switch v := c.Value.(type) {
	case bool:
		return v
	case int64:
		return v != 0
	case string:
		return v != ""
	}
	return false
}

// forStmt compiles a for loop with its FORITER at the bottom: it jumps
// back to the body while the iterator gives items.
func (g *gen) forStmt(n *ast.For) {
	restore := g.saveBound()
	it := g.alloc()
	src := g.exprAny(n.Iter)
	g.emit(OpGetIter, it, src, 0)
	item, line, entry, body := g.loopTop(n.Target)
	l := &loop{handlerDepth: len(g.handlers)}
	g.loops = append(g.loops, l)
	g.assignTo(n.Target, item)
	g.body(n.Body, false)
	g.loops = g.loops[:len(g.loops)-1]
	test := g.pc()
	g.patch(entry, test)
	g.patchAll(l.continues, test)
	g.line = line
	g.emitForIter(item, it, body)
	restore()
	g.body(n.Orelse, false)
	restore()
	for _, b := range l.breaks {
		g.patch(b, g.pc())
	}
}

// loopTop starts a loop over an iterator with its FORITER at the bottom:
// it returns the register FORITER writes (the target's own when it is a
// local), the line FORITER will carry, the jump into the loop's test and
// where the body starts.
func (g *gen) loopTop(target ast.Expr) (item, line, entry, body int) {
	item = -1
	if name, ok := target.(*ast.Name); ok {
		// for x in ...: the iterator writes the local itself.
		if r, ok := g.localReg(name.Id); ok {
			item = r
		}
	}
	if item < 0 {
		item = g.alloc()
	}
	line = g.line // as if FORITER were at the top
	entry = g.emitJump(OpJump, 0)
	return item, line, entry, g.pc()
}

// emitForIter emits a FORITER that jumps back to body.
func (g *gen) emitForIter(item, it, body int) {
	g.emit(OpForIter, item, it, body-(g.pc()+1)+ForIterBias)
}

func (g *gen) breakOrContinue(isBreak bool) {
	if len(g.loops) == 0 {
		return // rejected by Check
	}
	l := g.loops[len(g.loops)-1]
	g.unwindTo(l.handlerDepth)
	if isBreak {
		l.breaks = append(l.breaks, g.emitJump(OpJump, 0))
	} else {
		l.continues = append(l.continues, g.emitJump(OpJump, 0))
	}
}

// unwindAll runs every enclosing finally body before a return.
func (g *gen) unwindAll() { g.unwindTo(0) }

// unwindTo leaves the try blocks above depth: except clauses pop their
// exception, finally bodies run (outside their own protected range).
func (g *gen) unwindTo(depth int) {
	saved := g.handlers
	for i := len(saved) - 1; i >= depth; i-- {
		h := saved[i]
		if h.inHandler {
			g.emit(OpPopExcept, 0, 0, 0)
		}
		if h.isWith {
			g.closeRegion(h)
			if h.isAsync {
				r := g.alloc()
				g.emit(OpAsyncWithExit, r, h.withBase, 0)
				g.await(r, r)
				g.release(r)
			} else {
				g.emit(OpWithExit, h.withBase, 0, 0)
			}
			g.openRegion(h)
		}
		if h.finally != nil {
			g.closeRegion(h)
			g.handlers = saved[:i]
			g.body(h.finally, false)
			g.handlers = saved
			g.openRegion(h)
		}
	}
}

func (g *gen) assign(n *ast.Assign) {
	// a, b = b, a: evaluate all the values, then assign, without a tuple.
	if t, ok := n.Value.(*ast.Tuple); ok && len(n.Targets) == 1 {
		if dt, ok := n.Targets[0].(*ast.Tuple); ok && len(dt.Elts) == len(t.Elts) && !hasStarred(t.Elts) && !hasStarred(dt.Elts) {
			base := g.allocN(len(t.Elts))
			for i, e := range t.Elts {
				g.exprTo(e, base+i)
			}
			for i, e := range dt.Elts {
				g.assignTo(e, base+i)
			}
			return
		}
	}
	// A single local target: compute straight into its register.
	if len(n.Targets) == 1 {
		if name, ok := n.Targets[0].(*ast.Name); ok {
			if r, ok := g.localReg(name.Id); ok {
				g.exprTo(n.Value, r)
				g.markBound(name.Id)
				return
			}
		}
	}
	// One target that cannot rebind a local before it reads the value
	// (obj.attr = x, a[i] = x, a, b = x): a local value needs no copy.
	if len(n.Targets) == 1 && !hasNamedExpr(n.Targets[0]) {
		g.assignTo(n.Targets[0], g.exprAny(n.Value))
		return
	}
	r := g.alloc()
	g.exprTo(n.Value, r)
	for _, t := range n.Targets {
		g.assignTo(t, r)
	}
}

// hasNamedExpr reports whether e contains an assignment expression.
func hasNamedExpr(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if _, ok := n.(*ast.NamedExpr); ok {
			found = true
		}
		return !found
	})
	return found
}

// annAssign compiles x: T = v. In a module or class body the annotation
// is evaluated after the assignment and, for a plain name, stored in
// __annotations__; in a function it is not evaluated, as in CPython.
func (g *gen) annAssign(n *ast.AnnAssign) {
	mark := g.top
	defer g.release(mark)
	if n.Value != nil {
		r := g.alloc()
		g.exprTo(n.Value, r)
		g.assignTo(n.Target, r)
	}
	if g.code.Kind != ModuleCode && g.code.Kind != ClassCode {
		return
	}
	ann := g.alloc()
	g.exprTo(n.Annotation, ann)
	name, ok := n.Target.(*ast.Name)
	if !ok || n.Simple == 0 {
		return
	}
	d := g.alloc()
	g.setLine(n)
	g.emitBx(OpLoadName, d, g.nameIndex("__annotations__"))
	g.emit(OpSetItem, d, KBit|g.constIndex(name.Id), ann)
}

// setupAnnotations starts a module or class body that annotates names
// with __annotations__ = {}, as CPython's SETUP_ANNOTATIONS does.
func (g *gen) setupAnnotations(stmts []ast.Stmt) {
	if !hasAnnotations(stmts) {
		return
	}
	r := g.alloc()
	g.emit(OpBuildDict, r, r, 0)
	g.emitBx(OpStoreName, r, g.nameIndex("__annotations__"))
	g.release(r)
}

// hasAnnotations reports whether a block annotates a name, looking into
// nested blocks but not into functions and classes.
func hasAnnotations(stmts []ast.Stmt) bool {
	for _, s := range stmts {
		switch n := s.(type) {
		case *ast.AnnAssign:
			return true
		case *ast.If:
			if hasAnnotations(n.Body) || hasAnnotations(n.Orelse) {
				return true
			}
		case *ast.For:
			if hasAnnotations(n.Body) || hasAnnotations(n.Orelse) {
				return true
			}
		case *ast.While:
			if hasAnnotations(n.Body) || hasAnnotations(n.Orelse) {
				return true
			}
		case *ast.With:
			if hasAnnotations(n.Body) {
				return true
			}
		case *ast.Try:
			if hasAnnotations(n.Body) || hasAnnotations(n.Orelse) || hasAnnotations(n.Finalbody) {
				return true
			}
			for _, h := range n.Handlers {
				if hasAnnotations(h.Body) {
					return true
				}
			}
		}
	}
	return false
}

func hasStarred(es []ast.Expr) bool {
	for _, e := range es {
		if _, ok := e.(*ast.Starred); ok {
			return true
		}
	}
	return false
}

// assignTo stores register src into a target.
func (g *gen) assignTo(t ast.Expr, src int) {
	mark := g.top
	defer g.release(mark)
	g.setLine(t)
	switch n := t.(type) {
	case *ast.Name:
		g.storeName(n.Id, src)
	case *ast.Attribute:
		obj := g.exprAny(n.Value)
		g.setLine(n)
		g.emit(OpSetAttr, obj, src, g.nameIndex(n.Attr))
	case *ast.Subscript:
		obj := g.exprAny(n.Value)
		idx := g.rkOperand(n.Slice)
		g.setLine(n)
		g.emit(OpSetItem, obj, idx, src)
	case *ast.Tuple:
		g.unpackTo(n.Elts, src)
	case *ast.List:
		g.unpackTo(n.Elts, src)
	case *ast.Starred:
		g.assignTo(n.Value, src)
	default:
		g.fail(t, "cannot assign to %T", t)
	}
}

func (g *gen) unpackTo(elts []ast.Expr, src int) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			star = i
		}
	}
	if star < 0 {
		if base, ok := g.consecutiveLocals(elts); ok {
			// a, b = x into locals in adjacent registers: no copies.
			g.emit(OpUnpack, base, src, len(elts))
			for _, e := range elts {
				g.markBound(e.(*ast.Name).Id)
			}
			return
		}
	}
	base := g.allocN(len(elts))
	if star < 0 {
		g.emit(OpUnpack, base, src, len(elts))
	} else {
		g.emit(OpUnpackEx, base, src, star|(len(elts)-star-1)<<8)
	}
	for i, e := range elts {
		g.assignTo(e, base+i)
	}
}

// consecutiveLocals reports whether the targets are plain local names in
// registers base, base+1, ... and returns base.
func (g *gen) consecutiveLocals(elts []ast.Expr) (int, bool) {
	base := -1
	for i, e := range elts {
		n, ok := e.(*ast.Name)
		if !ok {
			return 0, false
		}
		r, ok := g.localReg(n.Id)
		if !ok {
			return 0, false
		}
		if i == 0 {
			base = r
		} else if r != base+i {
			return 0, false
		}
	}
	return base, base >= 0
}

func (g *gen) augAssign(n *ast.AugAssign) {
	op := binOpcodes[n.Op]
	switch t := n.Target.(type) {
	case *ast.Name:
		if r, ok := g.localReg(t.Id); ok {
			if !g.isBound(t.Id) {
				g.emit(OpCheckLocal, r, g.nameIndex(t.Id), 0)
			}
			v := g.rkOperand(n.Value)
			g.setLine(n)
			g.emit(OpInplace, r, v, int(op))
			return
		}
		cur := g.alloc()
		g.loadName(t.Id, cur)
		v := g.rkOperand(n.Value)
		g.setLine(n)
		g.emit(OpInplace, cur, v, int(op))
		g.storeName(t.Id, cur)
	case *ast.Attribute:
		obj := g.exprAny(t.Value)
		cur := g.alloc()
		g.emit(OpGetAttr, cur, obj, g.nameIndex(t.Attr))
		v := g.exprAny(n.Value)
		g.setLine(n)
		g.emit(OpInplace, cur, v, int(op))
		g.emit(OpSetAttr, obj, cur, g.nameIndex(t.Attr))
	case *ast.Subscript:
		obj := g.exprAny(t.Value)
		idx := g.rkOperand(t.Slice)
		cur := g.alloc()
		g.emit(OpGetItem, cur, obj, idx)
		v := g.exprAny(n.Value)
		g.setLine(n)
		g.emit(OpInplace, cur, v, int(op))
		g.emit(OpSetItem, obj, idx, cur)
	}
}

func (g *gen) deleteTarget(t ast.Expr) {
	mark := g.top
	defer g.release(mark)
	switch n := t.(type) {
	case *ast.Name:
		g.deleteName(n.Id)
	case *ast.Attribute:
		obj := g.exprAny(n.Value)
		g.emit(OpDelAttr, obj, 0, g.nameIndex(n.Attr))
	case *ast.Subscript:
		obj := g.exprAny(n.Value)
		idx := g.exprAny(n.Slice)
		g.emit(OpDelItem, obj, idx, 0)
	case *ast.Tuple:
		for _, e := range n.Elts {
			g.deleteTarget(e)
		}
	case *ast.List:
		for _, e := range n.Elts {
			g.deleteTarget(e)
		}
	}
}

func (g *gen) raise(n *ast.Raise) {
	if n.Exc == nil {
		g.emit(OpRaise, 0, 0, 0)
		return
	}
	exc := g.exprAny(n.Exc)
	if n.Cause == nil {
		g.setLine(n)
		g.emit(OpRaise, exc, 0, 1)
		return
	}
	cause := g.exprAny(n.Cause)
	g.setLine(n)
	g.emit(OpRaise, exc, cause, 2)
}

func (g *gen) assertStmt(n *ast.Assert) {
	g.condJump(n.Test, true, func(jt []int) {
		if n.Msg != nil {
			m := g.exprAny(n.Msg)
			g.setLine(n)
			g.emit(OpAssert, 0, m, 1)
		} else {
			g.setLine(n)
			g.emit(OpAssert, 0, 0, 0)
		}
		g.patchAll(jt, g.pc())
	})
}

func (g *gen) decorate(decs []ast.Expr, r int, at ast.Node) {
	for i := len(decs) - 1; i >= 0; i-- {
		base := g.allocN(2)
		g.exprTo(decs[i], base)
		g.emit(OpMove, base+1, r, 0)
		g.setLine(at)
		g.emit(OpCall, base, 1, 0)
		g.emit(OpMove, r, base, 0)
		g.release(base)
	}
}

func (g *gen) importStmt(n *ast.Import) {
	for _, a := range n.Names {
		r := g.alloc()
		if a.Asname != "" {
			// import a.b.c as d binds the submodule itself.
			g.emit(OpImport, r, g.nameIndex(a.Name), 1<<16)
			g.storeName(a.Asname, r)
		} else {
			g.emit(OpImport, r, g.nameIndex(a.Name), 0)
			g.storeName(importedName(a), r)
		}
	}
}

func (g *gen) importFrom(n *ast.ImportFrom) {
	mod := g.alloc()
	g.emit(OpImport, mod, g.nameIndex(n.Module), n.Level|1<<16)
	for _, a := range n.Names {
		if a.Name == "*" {
			g.emit(OpImportStar, mod, 0, 0)
			continue
		}
		r := g.alloc()
		g.emit(OpImportFrom, r, mod, g.nameIndex(a.Name))
		name := a.Name
		if a.Asname != "" {
			name = a.Asname
		}
		g.storeName(name, r)
	}
}
