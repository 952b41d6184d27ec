package compiler

import "github.com/asl-lang/asl/ast"

// await compiles "await R(src)" into dst: the awaitable's iterator, then
// a YIELDFROM that suspends the coroutine until it is done.
func (g *gen) await(src, dst int) {
	it := g.alloc()
	g.emit(OpGetAwaitable, it, src, 0)
	g.emit(OpLoadNone, dst, 0, 0)
	g.emit(OpYieldFrom, dst, it, 0)
	g.release(it)
}

// asyncWithStmt compiles "async with a as x, b as y: body" as nested
// single ones: await __aenter__(), run the body, await __aexit__ with the
// exception that left it (swallowed when the result is true) or with None.
func (g *gen) asyncWithStmt(items []*ast.WithItem, body []ast.Stmt) {
	if len(items) == 0 {
		g.body(body, false)
		return
	}
	it := items[0]
	base := g.allocN(3)
	g.exprTo(it.ContextExpr, base)
	g.setLine(it.ContextExpr)
	g.emit(OpAsyncWithEnter, base, 0, 0)
	g.await(base+2, base+2)
	if it.OptionalVars != nil {
		g.assignTo(it.OptionalVars, base+2)
	}
	h := &handlerBlock{excReg: g.alloc(), withBase: base, isWith: true, isAsync: true, push: true}
	g.protect(h, func() { g.asyncWithStmt(items[1:], body) })
	r := g.alloc()
	g.emit(OpAsyncWithExit, r, base, 0)
	g.await(r, r)
	end := g.emitJump(OpJump, 0)
	g.setHandler(h)
	g.emit(OpAsyncWithExit, r, base, h.excReg+1)
	g.await(r, r)
	g.emit(OpAsyncWithCheck, r, h.excReg, 0)
	g.patch(end, g.pc())
}

// asyncForStmt compiles "async for x in it: body else: orelse": each turn
// awaits __anext__(), and StopAsyncIteration ends the loop.
func (g *gen) asyncForStmt(n *ast.AsyncFor) {
	restore := g.saveBound()
	ait := g.alloc()
	src := g.exprAny(n.Iter)
	g.setLine(n.Iter)
	g.emit(OpGetAIter, ait, src, 0)
	l := &loop{handlerDepth: len(g.handlers)}
	top := g.pc()
	line := g.line
	aw, item, exit := g.asyncNext(ait)
	g.loops = append(g.loops, l)
	g.assignTo(n.Target, item)
	g.body(n.Body, false)
	g.loops = g.loops[:len(g.loops)-1]
	g.patchAll(l.continues, top)
	g.line = line
	g.patch(g.emitJump(OpJump, 0), top)
	g.code.Instrs[exit] = Encode(OpAsyncForIter, item, aw, g.pc()-(exit+1))
	restore()
	g.body(n.Orelse, false)
	restore()
	for _, b := range l.breaks {
		g.patch(b, g.pc())
	}
}

// asyncCompLoop compiles an "async for" clause of a comprehension: each
// item is the awaited __anext__(), and StopAsyncIteration ends the clause.
func (g *gen) asyncCompLoop(e ast.Expr, gens []*ast.Comprehension, i, acc int) {
	c := gens[i]
	ait := 0 // the .0 parameter holds the first clause's async iterator
	if i > 0 {
		ait = g.alloc()
		src := g.exprAny(c.Iter)
		g.emit(OpGetAIter, ait, src, 0)
	}
	top := g.pc()
	aw, item, exit := g.asyncNext(ait)
	g.assignTo(c.Target, item)
	var skips []int
	for _, cond := range c.Ifs {
		g.condJump(cond, false, func(jf []int) { skips = append(skips, jf...) })
	}
	g.compInner(e, gens, i, acc)
	g.patchAll(skips, g.pc())
	g.patch(g.emitJump(OpJump, 0), top)
	g.code.Instrs[exit] = Encode(OpAsyncForIter, item, aw, g.pc()-(exit+1))
}

// asyncNext emits one turn's "await ait.__anext__()" into a new item
// register; exit is the ASYNCFORITER to point at the loop's end.
func (g *gen) asyncNext(ait int) (aw, item, exit int) {
	aw = g.alloc()
	item = g.alloc()
	g.emit(OpGetANext, aw, ait, 0)
	g.emit(OpLoadNone, item, 0, 0)
	exit = g.pc()
	g.emit(OpAsyncForIter, item, aw, 0)
	return aw, item, exit
}
