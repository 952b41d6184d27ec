package compiler

import (
	"math/big"

	"github.com/asl-lang/asl/ast"
)

// Unary operator codes of OpUnary's C operand.
const (
	UnaryNeg = iota
	UnaryPos
	UnaryInvert
)

var binOpcodes = map[ast.Operator]Op{
	ast.Add: OpAdd, ast.Sub: OpSub, ast.Mult: OpMul, ast.Div: OpTrueDiv, ast.FloorDiv: OpFloorDiv,
	ast.ModOp: OpMod, ast.Pow: OpPow, ast.LShift: OpLShift, ast.RShift: OpRShift,
	ast.BitAnd: OpBitAnd, ast.BitOr: OpBitOr, ast.BitXor: OpBitXor, ast.MatMult: OpMatMul,
}

var cmpOpcodes = map[ast.CmpOp]Op{
	ast.Lt: OpLt, ast.LtE: OpLe, ast.Eq: OpEq, ast.NotEq: OpNe, ast.Gt: OpGt, ast.GtE: OpGe,
	ast.Is: OpIs, ast.IsNot: OpIsNot, ast.In: OpIn, ast.NotIn: OpNotIn,
}

// exprAny compiles e and returns the register holding its value: the
// local's own register for a local name, else a new temporary.
func (g *gen) exprAny(e ast.Expr) int {
	if n, ok := e.(*ast.Name); ok {
		if r, ok := g.localReg(n.Id); ok {
			g.setLine(n)
			if !g.isBound(n.Id) {
				g.emit(OpCheckLocal, r, g.nameIndex(n.Id), 0)
			}
			return r
		}
	}
	r := g.alloc()
	g.exprTo(e, r)
	return r
}

// localReg returns the register of a local variable.
func (g *gen) localReg(name string) (int, bool) {
	if g.sc.kinds[name] != NameLocal || g.isCellName(name) {
		return 0, false
	}
	r, ok := g.regOf[name]
	return r, ok
}

// exprTo compiles e into register dst.
func (g *gen) exprTo(e ast.Expr, dst int) {
	g.setLine(e)
	mark := g.top
	defer g.release(mark)
	switch n := e.(type) {
	case *ast.Constant:
		g.constTo(n.Value, dst)
	case *ast.Name:
		g.loadName(n.Id, dst)
	case *ast.BinOp:
		l := g.exprAny(n.Left)
		r := g.rkOperand(n.Right)
		g.setLine(n)
		g.emit(binOpcodes[n.Op], dst, l, r)
	case *ast.UnaryOp:
		if c, ok := n.Operand.(*ast.Constant); ok && n.Op == ast.USub {
			if v, ok := negateConst(c.Value); ok {
				g.constTo(v, dst)
				return
			}
		}
		x := g.exprAny(n.Operand)
		g.setLine(n)
		switch n.Op {
		case ast.Not:
			g.emit(OpNot, dst, x, 0)
		case ast.USub:
			g.emit(OpUnary, dst, x, UnaryNeg)
		case ast.UAdd:
			g.emit(OpUnary, dst, x, UnaryPos)
		case ast.Invert:
			g.emit(OpUnary, dst, x, UnaryInvert)
		}
	case *ast.BoolOp:
		g.boolOp(n, dst)
	case *ast.Compare:
		g.compare(n, dst)
	case *ast.IfExp:
		g.condJump(n.Test, false, func(jf []int) {
			g.exprTo(n.Body, dst)
			end := g.emitJump(OpJump, 0)
			g.patchAll(jf, g.pc())
			g.exprTo(n.Orelse, dst)
			g.patch(end, g.pc())
		})
	case *ast.Call:
		g.call(n, dst)
	case *ast.Attribute:
		obj := g.exprAny(n.Value)
		g.setLine(n)
		g.emit(OpGetAttr, dst, obj, g.nameIndex(n.Attr))
	case *ast.Subscript:
		obj := g.exprAny(n.Value)
		if sl, ok := n.Slice.(*ast.Slice); ok {
			// x[lo:hi] in one instruction when every register it may use
			// fits in 10 bits.
			if sl.Step == nil && !hasNamedExpr(sl) && g.top+2 < SliceNone {
				lo, hi := g.sliceBound(sl.Lower), g.sliceBound(sl.Upper)
				g.setLine(n)
				g.emit(OpGetSlice2, dst, obj, lo|hi<<10)
				return
			}
			base := g.sliceParts(sl)
			g.setLine(n)
			g.emit(OpGetSlice, dst, obj, base)
			return
		}
		idx := g.rkOperand(n.Slice)
		g.setLine(n)
		g.emit(OpGetItem, dst, obj, idx)
	case *ast.Slice:
		g.slice(n, dst)
	case *ast.List:
		g.sequence(n.Elts, dst, OpBuildList)
	case *ast.Tuple:
		if c, ok := g.constTuple(n.Elts); ok {
			g.constTo(c, dst)
			return
		}
		g.sequence(n.Elts, dst, OpBuildTuple)
	case *ast.Set:
		g.sequence(n.Elts, dst, OpBuildSet)
	case *ast.Dict:
		g.dict(n, dst)
	case *ast.JoinedStr:
		g.joinedStr(n, dst)
	case *ast.FormattedValue:
		g.formatted(n, dst)
	case *ast.Lambda:
		g.function(n, "<lambda>", n.Args, nil, n.Body, dst)
	case *ast.NamedExpr:
		g.exprTo(n.Value, dst)
		g.storeName(n.Target.(*ast.Name).Id, dst)
	case *ast.ListComp, *ast.SetComp, *ast.DictComp, *ast.GeneratorExp:
		g.comprehension(n, dst)
	case *ast.Yield:
		v := g.alloc()
		if n.Value != nil {
			g.exprTo(n.Value, v)
		} else {
			g.emit(OpLoadNone, v, 0, 0)
		}
		g.setLine(n)
		g.emit(OpYield, dst, v, 0)
	case *ast.Await:
		src := g.exprAny(n.Value)
		g.setLine(n)
		g.await(src, dst)
	case *ast.YieldFrom:
		it := g.alloc()
		src := g.exprAny(n.Value)
		g.setLine(n)
		g.emit(OpGetYieldFromIter, it, src, 0)
		g.emit(OpLoadNone, dst, 0, 0)
		g.emit(OpYieldFrom, dst, it, 0)
	case *ast.Starred:
		g.fail(n, "can't use starred expression here")
	default:
		g.fail(e, "%T is not supported yet", e)
	}
}

// constTo loads a constant of the syntax tree.
func (g *gen) constTo(v any, dst int) {
	switch x := v.(type) {
	case ast.NoneType:
		g.emit(OpLoadNone, dst, 0, 0)
		return
	case ast.EllipsisType:
		v = Ellipsis
	case ast.Bytes:
		v = Bytes(x)
	}
	g.emitBx(OpLoadK, dst, g.constIndex(v))
}

// negateConst folds "-literal" the way CPython's optimizer does.
func negateConst(v any) (any, bool) {
	switch x := v.(type) {
	case int64:
		if x == -x && x != 0 {
			return new(big.Int).Neg(big.NewInt(x)), true
		}
		return -x, true
	case *big.Int:
		n := new(big.Int).Neg(x)
		if n.IsInt64() {
			return n.Int64(), true
		}
		return n, true
	case float64:
		return -x, true
	case complex128:
		return -x, true
	}
	return nil, false
}

// constTuple folds a tuple of constants.
func (g *gen) constTuple(elts []ast.Expr) ([]any, bool) {
	out := make([]any, 0, len(elts))
	for _, e := range elts {
		c, ok := e.(*ast.Constant)
		if !ok {
			return nil, false
		}
		switch x := c.Value.(type) {
		case ast.NoneType:
			out = append(out, nil)
		case ast.EllipsisType:
			out = append(out, Ellipsis)
		case ast.Bytes:
			out = append(out, Bytes(x))
		default:
			out = append(out, x)
		}
	}
	return out, true
}

func (g *gen) boolOp(n *ast.BoolOp, dst int) {
	jump := OpJumpIfFalse
	if n.Op == ast.Or {
		jump = OpJumpIfTrue
	}
	var ends []int
	for i, v := range n.Values {
		g.exprTo(v, dst)
		if i < len(n.Values)-1 {
			ends = append(ends, g.emitJump(jump, dst))
		}
	}
	for _, at := range ends {
		g.patch(at, g.pc())
	}
}

func (g *gen) compare(n *ast.Compare, dst int) {
	left := g.exprAny(n.Left)
	if len(n.Ops) == 1 {
		var right int
		if _, ok := ifOps[n.Ops[0]]; ok {
			right = g.rkOperand(n.Comparators[0])
		} else if _, ok := isOps[n.Ops[0]]; ok {
			right = g.rkOperand(n.Comparators[0])
		} else {
			right = g.exprAny(n.Comparators[0])
		}
		g.setLine(n)
		g.emit(cmpOpcodes[n.Ops[0]], dst, left, right)
		return
	}
	// a < b < c: each comparison short-circuits on a false result.
	var ends []int
	for i, op := range n.Ops {
		right := g.alloc()
		g.exprTo(n.Comparators[i], right)
		g.setLine(n)
		g.emit(cmpOpcodes[op], dst, left, right)
		if i < len(n.Ops)-1 {
			ends = append(ends, g.emitJump(OpJumpIfFalse, dst))
		}
		left = right
	}
	for _, at := range ends {
		g.patch(at, g.pc())
	}
}

// condJump compiles a test and calls body with the jumps taken when the
// test's truth equals jumpIfTrue; the code after them runs otherwise. The
// caller patches the jumps (patchAll).
func (g *gen) condJump(test ast.Expr, jumpIfTrue bool, body func(jumps []int)) {
	body(g.testJumps(test, jumpIfTrue))
}

// testJumps compiles test for its truth alone, as CPython does in an if or
// while: `and`, `or` and `not` become jumps and a single comparison a
// compare-and-branch, so no bool is made. It returns the jumps taken when
// the truth equals jumpIfTrue.
func (g *gen) testJumps(test ast.Expr, jumpIfTrue bool) []int {
	mark := g.top
	switch n := test.(type) {
	case *ast.UnaryOp:
		if n.Op == ast.Not {
			return g.testJumps(n.Operand, !jumpIfTrue)
		}
	case *ast.BoolOp:
		// and: any false operand decides; or: any true one does.
		decides := n.Op == ast.Or
		var out, skip []int
		last := len(n.Values) - 1
		for _, v := range n.Values[:last] {
			js := g.testJumps(v, decides)
			if decides == jumpIfTrue {
				out = append(out, js...)
			} else {
				skip = append(skip, js...)
			}
		}
		out = append(out, g.testJumps(n.Values[last], jumpIfTrue)...)
		g.patchAll(skip, g.pc())
		return out
	case *ast.Compare:
		if op, ok := isOps[n.Ops[0]]; ok && len(n.Ops) == 1 {
			left := g.exprAny(n.Left)
			right := g.rkOperand(n.Comparators[0])
			g.release(mark)
			g.setLine(n)
			g.emit(op, boolFlag(jumpIfTrue), left, right)
			return []int{g.emitJump(OpJump, 0)}
		}
		if len(n.Ops) > 1 && allIfOps(n.Ops) {
			return g.chainJumps(n, jumpIfTrue)
		}
		if op, ok := ifOps[n.Ops[0]]; ok && len(n.Ops) == 1 {
			left := g.exprAny(n.Left)
			right := g.rkOperand(n.Comparators[0])
			g.release(mark)
			g.setLine(n)
			flag := 0
			if jumpIfTrue {
				flag = 1
			}
			g.emit(op, flag, left, right)
			return []int{g.emitJump(OpJump, 0)}
		}
	}
	r := g.exprAny(test)
	g.release(mark)
	op := OpJumpIfFalse
	if jumpIfTrue {
		op = OpJumpIfTrue
	}
	return []int{g.emitJump(op, r)}
}

func (g *gen) slice(n *ast.Slice, dst int) {
	g.emit(OpSlice, dst, g.sliceParts(n), 3)
}

// sliceParts puts a slice's lower, upper and step, None where omitted, in
// three new consecutive registers and returns the first.
// sliceBound compiles a bound of x[lo:hi] for OpGetSlice2: SliceNone when
// omitted, else its register.
func (g *gen) sliceBound(e ast.Expr) int {
	if e == nil {
		return SliceNone
	}
	return g.exprAny(e)
}

func (g *gen) sliceParts(n *ast.Slice) int {
	base := g.allocN(3)
	for i, part := range []ast.Expr{n.Lower, n.Upper, n.Step} {
		if part == nil {
			g.emit(OpLoadNone, base+i, 0, 0)
		} else {
			g.exprTo(part, base+i)
		}
	}
	return base
}

// sequence builds a list, tuple or set from elements, some maybe starred.
func (g *gen) sequence(elts []ast.Expr, dst int, op Op) {
	starred := false
	for _, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			starred = true
		}
	}
	if !starred {
		base := g.allocN(len(elts))
		for i, e := range elts {
			g.exprTo(e, base+i)
		}
		g.emit(op, dst, base, len(elts))
		return
	}
	// With starred items: build a list, extend it, convert at the end.
	acc := g.alloc()
	if op == OpBuildSet {
		g.emit(OpBuildSet, acc, acc, 0)
	} else {
		g.emit(OpBuildList, acc, acc, 0)
	}
	for _, e := range elts {
		mark := g.top
		if s, ok := e.(*ast.Starred); ok {
			r := g.exprAny(s.Value)
			if op == OpBuildSet {
				g.emit(OpListExtend, acc, r, 1)
			} else {
				g.emit(OpListExtend, acc, r, 0)
			}
		} else {
			r := g.exprAny(e)
			if op == OpBuildSet {
				g.emit(OpSetAdd, acc, r, 0)
			} else {
				g.emit(OpListAppend, acc, r, 0)
			}
		}
		g.release(mark)
	}
	switch op {
	case OpBuildTuple:
		g.emit(OpListToTuple, dst, acc, 0)
	default:
		g.emit(OpMove, dst, acc, 0)
	}
}

func (g *gen) dict(n *ast.Dict, dst int) {
	acc := g.alloc()
	g.emit(OpBuildDict, acc, acc, 0)
	for i, k := range n.Keys {
		mark := g.top
		if k == nil {
			r := g.exprAny(n.Values[i])
			g.emit(OpDictUpdate, acc, r, 0)
		} else {
			kr := g.exprAny(k)
			vr := g.exprAny(n.Values[i])
			g.emit(OpDictSet, acc, kr, vr)
		}
		g.release(mark)
	}
	g.emit(OpMove, dst, acc, 0)
}

func (g *gen) joinedStr(n *ast.JoinedStr, dst int) {
	base := g.allocN(len(n.Values))
	for i, v := range n.Values {
		g.exprTo(v, base+i)
	}
	g.emit(OpBuildStr, dst, base, len(n.Values))
}

func (g *gen) formatted(n *ast.FormattedValue, dst int) {
	g.exprTo(n.Value, dst)
	conv := 0
	if n.Conversion > 0 {
		conv = n.Conversion
	}
	if n.FormatSpec == nil {
		g.emit(OpFormat, dst, 0, conv)
		return
	}
	spec := g.exprAny(n.FormatSpec)
	g.emit(OpFormat, dst, spec+1, conv)
}

// call compiles a call. Arguments go into consecutive registers after the
// callee; keyword arguments follow, their names in a constant tuple.
func (g *gen) call(n *ast.Call, dst int) {
	needEx := false
	for _, a := range n.Args {
		if _, ok := a.(*ast.Starred); ok {
			needEx = true
		}
	}
	for _, k := range n.Keywords {
		if k.Arg == "" {
			needEx = true
		}
	}
	if needEx {
		g.callEx(n, dst)
		return
	}
	if attr, ok := n.Func.(*ast.Attribute); ok {
		g.methodCall(n, attr, dst)
		return
	}
	if g.callGlobal(n, dst) {
		return
	}
	base := g.callBase(dst, 1+len(n.Args)+len(n.Keywords))
	g.exprTo(n.Func, base)
	kwc := g.callArgs(n, base+1)
	g.setLine(n)
	g.emit(OpCall, base, len(n.Args)+len(n.Keywords), kwc)
	if dst != base {
		g.emit(OpMove, dst, base, 0)
	}
}

// callEx compiles f(*a, **k) and mixed forms: positional arguments are
// collected in a tuple, keywords in a dict.
func (g *gen) callEx(n *ast.Call, dst int) {
	base := g.allocN(3)
	g.exprTo(n.Func, base)
	g.sequence(n.Args, base+1, OpBuildTuple)
	hasKw := len(n.Keywords) > 0
	if hasKw {
		g.emit(OpBuildDict, base+2, base+2, 0)
		for _, k := range n.Keywords {
			mark := g.top
			v := g.exprAny(k.Value)
			if k.Arg == "" {
				g.emit(OpDictUpdate, base+2, v, 1)
			} else {
				kr := g.alloc()
				g.constTo(k.Arg, kr)
				g.emit(OpDictSet, base+2, kr, v)
			}
			g.release(mark)
		}
	}
	g.setLine(n)
	b := 0
	if hasKw {
		b = 1
	}
	g.emit(OpCallEx, base, b, 0)
	if dst != base {
		g.emit(OpMove, dst, base, 0)
	}
}

// methodCall compiles obj.name(args): LOADMETHOD finds the function on
// the class without making a bound method, and CALLMETHOD passes obj as
// self.
// callGlobal compiles f(x), f a global and x a bound local, to one
// CALLGLOBAL, and reports whether it could.
func (g *gen) callGlobal(n *ast.Call, dst int) bool {
	fn, ok := n.Func.(*ast.Name)
	if !ok || len(n.Args) != 1 || len(n.Keywords) != 0 || !g.loadsGlobal(fn.Id) {
		return false
	}
	arg, ok := n.Args[0].(*ast.Name)
	if !ok || !g.isBound(arg.Id) {
		return false
	}
	r, ok := g.localReg(arg.Id)
	if !ok {
		return false
	}
	g.setLine(n)
	g.emit(OpCallGlobal, dst, r, g.nameIndex(fn.Id))
	return true
}

func (g *gen) methodCall(n *ast.Call, attr *ast.Attribute, dst int) {
	base := g.callBase(dst, 2+len(n.Args)+len(n.Keywords))
	g.exprTo(attr.Value, base+1)
	g.setLine(attr)
	g.emit(OpLoadMethod, base, 0, g.nameIndex(attr.Attr))
	kwc := g.callArgs(n, base+2)
	g.setLine(n)
	g.emit(OpCallMethod, base, len(n.Args)+len(n.Keywords), kwc)
	if dst != base {
		g.emit(OpMove, dst, base, 0)
	}
}

// ifOps are the comparisons that have a compare-and-branch op.
var ifOps = map[ast.CmpOp]Op{
	ast.Lt: OpIfLt, ast.LtE: OpIfLe, ast.Gt: OpIfGt, ast.GtE: OpIfGe, ast.Eq: OpIfEq, ast.NotEq: OpIfNe,
}

// isOps are the identity tests that have a compare-and-branch op.
var isOps = map[ast.CmpOp]Op{ast.Is: OpIfIs, ast.IsNot: OpIfIsNot}

// boolFlag is 1 for true and 0 for false, as an instruction operand.
func boolFlag(b bool) int {
	if b {
		return 1
	}
	return 0
}

// callArgs compiles a call's positional then keyword arguments into the
// registers from first on and returns the operand naming the keywords: the
// index+1 of a constant tuple of their names, or 0.
func (g *gen) callArgs(n *ast.Call, first int) int {
	for i, a := range n.Args {
		g.exprTo(a, first+i)
	}
	if len(n.Keywords) == 0 {
		return 0
	}
	names := make([]any, len(n.Keywords))
	for i, k := range n.Keywords {
		names[i] = k.Arg
		g.exprTo(k.Value, first+len(n.Args)+i)
	}
	return g.constIndex(names) + 1
}

// rkOperand compiles an operand that may be given as a constant (KBit
// set) to the ops that accept one: a number, a str, None, a bool or ....
func (g *gen) rkOperand(e ast.Expr) int {
	if c, ok := e.(*ast.Constant); ok {
		var v any
		switch x := c.Value.(type) {
		case int64, float64, string, bool:
			v = x
		case ast.NoneType:
			v = nil
		case ast.EllipsisType:
			v = Ellipsis
		default:
			return g.exprAny(e)
		}
		if i := g.constIndex(v); i < KBit {
			return KBit | i
		}
	}
	return g.exprAny(e)
}

// allIfOps reports whether every comparison has a compare-and-branch op.
func allIfOps(ops []ast.CmpOp) bool {
	for _, op := range ops {
		if _, ok := ifOps[op]; !ok {
			return false
		}
	}
	return true
}

// chainJumps compiles a < b < c for its truth alone: each comparison
// branches, and a false one ends the chain before the next operand is
// evaluated. It returns the jumps taken when the truth equals jumpIfTrue.
func (g *gen) chainJumps(n *ast.Compare, jumpIfTrue bool) []int {
	mark := g.top
	defer g.release(mark)
	left := g.exprAny(n.Left)
	var falses []int
	last := len(n.Ops) - 1
	for i, op := range n.Ops {
		if i == last {
			right := g.rkOperand(n.Comparators[i])
			g.setLine(n)
			g.emit(ifOps[op], boolFlag(jumpIfTrue), left, right)
			out := []int{g.emitJump(OpJump, 0)}
			if jumpIfTrue {
				g.patchAll(falses, g.pc())
				return out
			}
			return append(falses, out...)
		}
		// A local in the middle is read twice from its own register,
		// unless an assignment expression could change it in between.
		var right int
		if _, isName := n.Comparators[i].(*ast.Name); isName && !hasNamedExpr(n) {
			right = g.exprAny(n.Comparators[i])
		} else {
			right = g.alloc()
			g.exprTo(n.Comparators[i], right)
		}
		g.setLine(n)
		g.emit(ifOps[op], 0, left, right)
		falses = append(falses, g.emitJump(OpJump, 0))
		left = right
	}
	return nil
}

// callBase allocates the n registers of a call. When the destination is
// the topmost temporary, the call uses it as its base, so the result needs
// no move.
func (g *gen) callBase(dst, n int) int {
	if dst == g.top-1 && dst >= g.tmpBase {
		g.allocN(n - 1)
		return dst
	}
	return g.allocN(n)
}
