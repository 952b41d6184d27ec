package compiler

import (
	"github.com/asl-lang/asl/ast"
)

// Raise modes, OpRaise's C operand.
const (
	RaiseBare    = 0 // raise: re-raise the exception being handled
	RaiseExc     = 1 // raise R(A)
	RaiseFrom    = 2 // raise R(A) from R(B)
	RaiseReraise = 3 // propagate R(A) again, keeping its traceback
)

// openRegion starts a protected range of h.
func (g *gen) openRegion(h *handlerBlock) { h.start = g.pc() }

// closeRegion ends h's open protected range, recording it in the
// exception table (to be pointed at the handler later).
func (g *gen) closeRegion(h *handlerBlock) {
	if h.start >= 0 && g.pc() > h.start {
		g.code.ExcTable = append(g.code.ExcTable, ExcEntry{Start: h.start, End: g.pc(), Reg: h.excReg, Push: h.push, Depth: h.depth})
		h.entries = append(h.entries, len(g.code.ExcTable)-1)
	}
	h.start = -1
}

// setHandler points h's ranges at the handler starting now.
func (g *gen) setHandler(h *handlerBlock) {
	for _, i := range h.entries {
		g.code.ExcTable[i].Handler = g.pc()
	}
}

// protect compiles body inside a protected range of a new handler block
// and returns the block.
func (g *gen) protect(h *handlerBlock, body func()) *handlerBlock {
	h.depth = len(g.handlers)
	g.handlers = append(g.handlers, h)
	g.openRegion(h)
	body()
	g.closeRegion(h)
	g.handlers = g.handlers[:len(g.handlers)-1]
	return h
}

func (g *gen) tryStmt(n *ast.Try) {
	restore := g.saveBound()
	if len(n.Finalbody) == 0 {
		g.tryExcept(n)
		restore()
		return
	}
	fin := &handlerBlock{finally: n.Finalbody, excReg: g.alloc(), push: true}
	g.protect(fin, func() {
		if len(n.Handlers) > 0 {
			g.tryExcept(n)
		} else {
			g.body(n.Body, false)
		}
	})
	restore()
	g.body(n.Finalbody, false)
	end := g.emitJump(OpJump, 0)
	g.setHandler(fin)
	restore()
	// The exception is the one being handled while the finally body runs.
	g.body(n.Finalbody, false)
	g.emit(OpPopExcept, 0, 0, 0)
	g.emit(OpRaise, fin.excReg, 0, RaiseReraise)
	g.patch(end, g.pc())
	restore()
}

// tryExcept compiles try/except/else.
func (g *gen) tryExcept(n *ast.Try) {
	restore := g.saveBound()
	h := &handlerBlock{excReg: g.alloc(), push: true}
	g.protect(h, func() { g.body(n.Body, false) })
	toElse := g.emitJump(OpJump, 0)
	g.setHandler(h)
	restore()
	// The handlers run with the exception pushed as the one being
	// handled; leaving them by an exception pops it first.
	cleanup := &handlerBlock{excReg: g.alloc(), inHandler: true}
	var done []int
	g.protect(cleanup, func() {
		for _, eh := range n.Handlers {
			mark := g.top
			next := -1
			if eh.Type != nil {
				t := g.exprAny(eh.Type)
				m := g.alloc()
				g.setLine(eh)
				g.emit(OpMatchExc, m, h.excReg, t)
				next = g.emitJump(OpJumpIfFalse, m)
			}
			g.release(mark)
			if eh.Name != "" {
				g.storeName(eh.Name, h.excReg)
			}
			g.body(eh.Body, false)
			if eh.Name != "" {
				// CPython deletes the name so the traceback is freed.
				g.emit(OpLoadNone, h.excReg, 0, 0)
				g.storeName(eh.Name, h.excReg)
				g.deleteName(eh.Name)
			}
			g.emit(OpPopExcept, 0, 0, 0)
			done = append(done, g.emitJump(OpJump, 0))
			restore()
			if next >= 0 {
				g.patch(next, g.pc())
			}
		}
		g.emit(OpRaise, h.excReg, 0, RaiseReraise)
	})
	g.setHandler(cleanup)
	g.emit(OpPopExcept, 0, 0, 0)
	g.emit(OpRaise, cleanup.excReg, 0, RaiseReraise)
	g.patch(toElse, g.pc())
	g.body(n.Orelse, false)
	restore()
	for _, d := range done {
		g.patch(d, g.pc())
	}
}

// withStmt compiles "with a as x, b as y: body" as nested single withs.
func (g *gen) withStmt(items []*ast.WithItem, body []ast.Stmt) {
	if len(items) == 0 {
		g.body(body, false)
		return
	}
	it := items[0]
	base := g.allocN(3)
	g.exprTo(it.ContextExpr, base)
	g.setLine(it.ContextExpr)
	g.emit(OpWithEnter, base, 0, 0)
	if it.OptionalVars != nil {
		g.assignTo(it.OptionalVars, base+2)
	}
	h := &handlerBlock{excReg: g.alloc(), withBase: base, isWith: true, push: true}
	g.protect(h, func() { g.withStmt(items[1:], body) })
	g.emit(OpWithExit, base, 0, 0)
	end := g.emitJump(OpJump, 0)
	g.setHandler(h)
	g.emit(OpWithExit, base, h.excReg, 1)
	g.patch(end, g.pc())
}
