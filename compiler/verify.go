package compiler

import "fmt"

// Verify checks the invariants the VM relies on instead of checking them
// per instruction: every register an instruction touches is below
// NumRegs, every constant and name index is in its table, every jump
// lands inside the code, a compare-and-branch is followed by its jump,
// and the code cannot run past its end. It checks nested code objects
// too. The VM runs only verified code, so its register and constant
// accesses need no bounds checks.
func (c *Code) Verify() error {
	if len(c.Instrs) == 0 {
		return fmt.Errorf("%s: empty code", c.Name)
	}
	if last := c.Instrs[len(c.Instrs)-1].Op(); last != OpReturn && last != OpJump && last != OpRaise {
		return fmt.Errorf("%s: code can run past its end", c.Name)
	}
	if len(c.Consts) >= KBit {
		return fmt.Errorf("%s: too many constants", c.Name)
	}
	for pc, in := range c.Instrs {
		if err := c.verifyInstr(pc, in); err != nil {
			return fmt.Errorf("%s, instruction %d (%s): %v", c.Name, pc, in.Op(), err)
		}
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			if err := sub.Verify(); err != nil {
				return err
			}
		}
	}
	return nil
}

// verifier checks the operands of one instruction.
type verifier struct {
	c   *Code
	err error
}

func (v *verifier) fail(format string, args ...any) {
	if v.err == nil {
		v.err = fmt.Errorf(format, args...)
	}
}

// regs checks registers r … r+n-1.
func (v *verifier) regs(r, n int) {
	if n < 0 || r < 0 || r+n > v.c.NumRegs {
		v.fail("registers %d…%d outside the frame's %d", r, r+n-1, v.c.NumRegs)
	}
}

func (v *verifier) reg(r int) { v.regs(r, 1) }

// rk checks a register-or-constant operand.
func (v *verifier) rk(x int) {
	if x&KBit != 0 {
		v.konst(x &^ KBit)
		return
	}
	v.reg(x)
}

func (v *verifier) konst(k int) {
	if k < 0 || k >= len(v.c.Consts) {
		v.fail("constant %d outside the table of %d", k, len(v.c.Consts))
	}
}

func (v *verifier) name(n int) {
	if n < 0 || n >= len(v.c.Names) {
		v.fail("name %d outside the table of %d", n, len(v.c.Names))
	}
}

// target checks a jump from pc by off (relative to pc+1).
func (v *verifier) target(pc, off int) {
	if t := pc + 1 + off; t < 0 || t >= len(v.c.Instrs) {
		v.fail("jump to %d outside the code", t)
	}
}

func (c *Code) verifyInstr(pc int, in Instr) error {
	v := &verifier{c: c}
	a, b, cc := in.A(), in.B(), in.C()
	switch op := in.Op(); op {
	case OpNop, OpPopExcept:
	case OpMove, OpNot, OpGetIter, OpListAppend, OpListExtend, OpSetAdd, OpDictUpdate,
		OpListToTuple, OpGetYieldFromIter, OpYieldFrom, OpYield, OpDelItem, OpRaise,
		OpGetAwaitable, OpGetAIter, OpGetANext, OpAsyncWithCheck:
		v.reg(a)
		v.reg(b)
	case OpLoadK:
		v.reg(a)
		v.konst(in.Bx())
	case OpLoadNone, OpReturn, OpGetExc, OpImportStar, OpDiscard:
		v.reg(a)
	case OpLoadGlobal, OpStoreGlobal, OpLoadName, OpStoreName:
		v.reg(a)
		v.name(in.Bx())
	case OpDelGlobal, OpDelName:
		v.name(in.Bx())
	case OpLoadDeref, OpStoreDeref, OpDelDeref, OpLoadClassDeref, OpNewCell:
		// The cell index is checked by the cell slice itself.
		v.reg(a)
		if op != OpNewCell {
			v.name(cc)
		}
	case OpCheckLocal, OpDelLocal, OpImport:
		v.reg(a)
		v.name(b)
	case OpUnary:
		v.reg(a)
		v.reg(b)
	case OpAdd, OpSub, OpMul, OpTrueDiv, OpFloorDiv, OpMod, OpPow, OpLShift, OpRShift,
		OpBitAnd, OpBitOr, OpBitXor, OpMatMul, OpLt, OpLe, OpEq, OpNe, OpGt, OpGe, OpIs, OpIsNot,
		OpGetItem:
		v.reg(a)
		v.reg(b)
		v.rk(cc)
	case OpIn, OpNotIn, OpDictSet, OpMatchExc:
		v.reg(a)
		v.reg(b)
		v.reg(cc)
	case OpInplace:
		v.reg(a)
		v.rk(b)
	case OpJump:
		v.target(pc, in.Bx()-JumpBias)
	case OpJumpIfFalse, OpJumpIfTrue:
		v.reg(a)
		v.target(pc, in.Bx()-JumpBias)
	case OpForIter:
		v.reg(a)
		v.reg(b)
		v.target(pc, cc-ForIterBias)
	case OpGetAttr, OpSetAttr:
		v.reg(a)
		v.reg(b)
		v.name(cc)
	case OpDelAttr:
		v.reg(a)
		v.name(cc)
	case OpSetItem:
		v.reg(a)
		v.rk(b)
		v.reg(cc)
	case OpSlice:
		v.reg(a)
		v.regs(b, 3)
	case OpCall, OpCallMethod:
		n := 1 + b
		if op == OpCallMethod {
			n++
		}
		v.regs(a, n)
		if cc > 0 {
			v.konst(cc - 1)
		}
	case OpCallEx, OpWithEnter:
		v.regs(a, 3)
	case OpWithExit:
		v.regs(a, 3)
		v.reg(b)
	case OpAsyncWithEnter:
		v.regs(a, 3)
	case OpAsyncWithExit:
		v.reg(a)
		v.regs(b, 3)
		if cc > 0 {
			v.reg(cc - 1)
		}
	case OpAsyncForIter:
		v.reg(a)
		v.reg(b)
		v.target(pc, cc)
	case OpLoadMethod:
		v.regs(a, 2)
		v.name(cc)
	case OpBuildList, OpBuildTuple, OpBuildSet, OpBuildStr:
		v.reg(a)
		v.regs(b, cc)
	case OpBuildDict:
		v.reg(a)
		v.regs(b, 2*cc)
	case OpUnpack:
		v.regs(a, cc)
		v.reg(b)
	case OpUnpackEx:
		v.regs(a, cc&0xFF+1+cc>>8)
		v.reg(b)
	case OpFormat:
		v.reg(a)
		if b > 0 {
			v.reg(b - 1)
		}
	case OpMakeFunc:
		v.konst(b)
		if b < len(c.Consts) {
			sub, ok := c.Consts[b].(*Code)
			if !ok {
				v.fail("constant %d is not code", b)
				break
			}
			v.regs(a, 1+sub.NumDefaults+len(sub.KwDefaultMask))
		}
	case OpMakeClass:
		v.regs(a, 1+cc)
		v.konst(b)
		v.classDesc(v.c.Consts[b], cc)
	case OpAssert:
		if cc == 1 {
			v.reg(b)
		}
	case OpImportFrom:
		v.reg(a)
		v.reg(b)
		if cc != 0xFFFFF {
			v.name(cc)
		}
	case OpCallGlobal:
		v.reg(a)
		v.reg(b)
		v.name(cc)
	case OpGetSlice2:
		v.reg(a)
		v.reg(b)
		for _, r := range []int{cc & SliceNone, cc >> 10} {
			if r != SliceNone {
				v.reg(r)
			}
		}
	case OpGetSlice:
		v.reg(a)
		v.reg(b)
		v.regs(cc, 3)
	case OpIfLt, OpIfLe, OpIfGt, OpIfGe, OpIfEq, OpIfNe, OpIfIs, OpIfIsNot:
		v.reg(b)
		v.rk(cc)
		if pc+1 >= len(c.Instrs) || c.Instrs[pc+1].Op() != OpJump {
			v.fail("compare-and-branch without its jump")
		} else {
			v.target(pc+1, c.Instrs[pc+1].Bx()-JumpBias)
		}
	default:
		v.fail("unknown opcode")
	}
	return v.err
}

// classDesc checks OpMakeClass's constant: the class name, or a tuple of
// the name and at most cc keyword names.
func (v *verifier) classDesc(k any, cc int) {
	if _, ok := k.(string); ok {
		return
	}
	parts, ok := k.([]any)
	if !ok || len(parts) == 0 || len(parts)-1 > cc {
		v.fail("class description %v is not a name and keyword names", k)
		return
	}
	for _, p := range parts {
		if _, ok := p.(string); !ok {
			v.fail("class description %v is not a name and keyword names", k)
		}
	}
}
