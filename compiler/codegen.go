package compiler

import (
	"fmt"
	"math/big"

	"github.com/asl-lang/asl/ast"
)

// Compile checks mod as CPython's compiler does and turns it into the Code
// of a module body.
func Compile(filename, src string, mod *ast.Module) (*Code, error) {
	return compile(&checker{filename: filename, src: src}, mod)
}

// CompileInteractive compiles interactive input as Compile does, but with
// await, async for and async with allowed at the top level (CPython's
// PyCF_ALLOW_TOP_LEVEL_AWAIT, as the asyncio REPL uses): when the input
// uses them, the code is a coroutine's, to run on an event loop.
func CompileInteractive(filename, src string, mod *ast.Module) (*Code, error) {
	c := &checker{filename: filename, src: src, topAwait: true}
	code, err := compile(c, mod)
	if err == nil && c.sawAwait {
		code.Coroutine = true
	}
	return code, err
}

func compile(c *checker, mod *ast.Module) (*Code, error) {
	mangle(mod)
	if err := c.symtable(mod); err != nil {
		return nil, err
	}
	if err := c.codegen(mod); err != nil {
		return nil, err
	}
	resolve(c.table.root)
	g := newGen(c, c.table.root, "<module>", ModuleCode, 1)
	g.setupAnnotations(mod.Body)
	g.body(mod.Body, true)
	g.emit(OpLoadNone, g.tmpBase, 0, 0)
	g.emit(OpReturn, g.tmpBase, 0, 0)
	g.reserve(g.tmpBase + 1)
	return g.finish(), g.err
}

// gen generates the code of one block.
type gen struct {
	c     *checker
	sc    *scope
	code  *Code
	regOf map[string]int // local name -> register
	cell  map[string]int // cell or free name -> cell index
	// Temporaries are allocated like a stack above the locals.
	tmpBase, top int
	line         int
	consts       map[any]int
	names        map[string]int
	loops        []*loop
	handlers     []*handlerBlock // enclosing try blocks, innermost last
	err          error
	bound        map[string]bool // locals definitely bound here
	deleted      map[string]bool // locals deleted somewhere: always checked
}

// loop records the jumps of one loop to patch.
type loop struct {
	continues    []int // jumps to the loop's test, at its bottom
	breaks       []int
	handlerDepth int // len(handlers) when the loop started
}

func newGen(c *checker, sc *scope, name string, kind CodeKind, line int) *gen {
	g := &gen{
		c:      c,
		sc:     sc,
		code:   &Code{Name: name, QualName: name, Filename: c.filename, Kind: kind, Line: line},
		regOf:  map[string]int{},
		cell:   map[string]int{},
		consts: map[any]int{},
		names:  map[string]int{},
		line:   line,
	}
	// Registers: parameters, then the other locals in order of first sight.
	if kind != ModuleCode && kind != ClassCode {
		for _, p := range sc.params {
			g.addLocal(p)
		}
		for _, n := range sc.order {
			if sc.kinds[n] == NameLocal {
				g.addLocal(n)
			}
		}
		for _, n := range sortedNames(sc.kinds) { // any the visitor did not note
			if sc.kinds[n] == NameLocal {
				g.addLocal(n)
			}
		}
	}
	// Cells of this frame, then free variables from the closure.
	for _, n := range sc.cells {
		g.cell[n] = len(g.code.CellNames)
		g.code.CellNames = append(g.code.CellNames, n)
	}
	if sc.classCell {
		g.cell["__class__"] = len(g.code.CellNames)
		g.code.CellNames = append(g.code.CellNames, "__class__")
	}
	free := append([]string{}, sc.freeVars...)
	for _, n := range sc.passFree {
		free = addName(free, n)
	}
	for _, n := range free {
		if _, ok := g.cell[n]; ok {
			continue
		}
		g.cell[n] = len(g.code.CellNames) + len(g.code.FreeNames)
		g.code.FreeNames = append(g.code.FreeNames, n)
	}
	g.code.CellParams = make([]int, len(g.code.LocalNames))
	for i := range g.code.CellParams {
		g.code.CellParams[i] = -1
	}
	for i, p := range sc.params {
		if k, ok := g.cell[p]; ok && i < len(g.code.CellParams) && k < len(g.code.CellNames) {
			g.code.CellParams[i] = k
		}
	}
	for _, p := range sc.params {
		g.markBound(p)
	}
	g.tmpBase = len(g.code.LocalNames)
	g.top = g.tmpBase
	g.reserve(g.top)
	return g
}

func (g *gen) addLocal(name string) {
	if _, ok := g.regOf[name]; ok {
		return
	}
	g.regOf[name] = len(g.code.LocalNames)
	g.code.LocalNames = append(g.code.LocalNames, name)
}

func (g *gen) finish() *Code {
	if len(g.code.Instrs) != len(g.code.Lines) {
		panic("line table out of step")
	}
	return g.code
}

// fail records the first error.
func (g *gen) fail(n ast.Node, format string, args ...any) {
	if g.err == nil {
		g.err = g.c.errNode(n, format, args...)
	}
}

// reserve makes sure the frame has n registers.
func (g *gen) reserve(n int) {
	if n > g.code.NumRegs {
		g.code.NumRegs = n
	}
}

// alloc returns a fresh temporary register.
func (g *gen) alloc() int {
	r := g.top
	g.top++
	g.reserve(g.top)
	return r
}

// allocN returns the first of n consecutive fresh registers.
func (g *gen) allocN(n int) int {
	r := g.top
	g.top += n
	g.reserve(g.top)
	return r
}

// release frees the temporaries from mark up.
func (g *gen) release(mark int) { g.top = mark }

func (g *gen) emit(op Op, a, b, c int) int {
	g.code.Instrs = append(g.code.Instrs, Encode(op, a, b, c))
	g.code.Lines = append(g.code.Lines, int32(g.line))
	return len(g.code.Instrs) - 1
}

func (g *gen) emitBx(op Op, a, bx int) int {
	g.code.Instrs = append(g.code.Instrs, EncodeBx(op, a, bx))
	g.code.Lines = append(g.code.Lines, int32(g.line))
	return len(g.code.Instrs) - 1
}

// pc is the index of the next instruction.
func (g *gen) pc() int { return len(g.code.Instrs) }

// emitJump emits a jump to be patched; op is OpJump, OpJumpIfFalse or
// OpJumpIfTrue.
func (g *gen) emitJump(op Op, reg int) int { return g.emitBx(op, reg, JumpBias) }

// patch points the jump at index at to target.
func (g *gen) patch(at, target int) {
	in := g.code.Instrs[at]
	g.code.Instrs[at] = EncodeBx(in.Op(), in.A(), target-(at+1)+JumpBias)
}

// patchAll points every jump in ats at target.
func (g *gen) patchAll(ats []int, target int) {
	for _, at := range ats {
		g.patch(at, target)
	}
}

// jumpTo emits a jump back or forward to a known target.
func (g *gen) jumpTo(target int) {
	at := g.emitJump(OpJump, 0)
	g.patch(at, target)
}

// constIndex interns a constant.
func (g *gen) constIndex(v any) int {
	key := constKey(v)
	if key != nil {
		if i, ok := g.consts[key]; ok {
			return i
		}
	}
	g.code.Consts = append(g.code.Consts, v)
	i := len(g.code.Consts) - 1
	if key != nil {
		g.consts[key] = i
	}
	return i
}

// constKey distinguishes constants that compare equal in Go but not in
// Python's eyes (1, 1.0 and True; 0.0 and -0.0).
func constKey(v any) any {
	switch x := v.(type) {
	case nil:
		return "N"
	case bool:
		return fmt.Sprintf("b%v", x)
	case int64:
		return fmt.Sprintf("i%d", x)
	case *big.Int:
		return "I" + x.String()
	case float64:
		return fmt.Sprintf("f%x", x)
	case string:
		return "s" + x
	case Bytes:
		return "y" + string(x)
	}
	return nil
}

func (g *gen) nameIndex(name string) int {
	if i, ok := g.names[name]; ok {
		return i
	}
	g.code.Names = append(g.code.Names, name)
	g.names[name] = len(g.code.Names) - 1
	return len(g.code.Names) - 1
}

// setLine records the line of the statements and expressions that follow.
func (g *gen) setLine(n ast.Node) {
	if p, ok := n.(ast.Positioned); ok {
		if l := p.GetPos().Lineno; l > 0 {
			g.line = l
		}
	}
}
