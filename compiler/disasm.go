package compiler

import (
	"fmt"
	"io"
	"strings"
)

// Disassemble writes a readable listing of code and the code objects it
// contains.
func Disassemble(w io.Writer, code *Code) {
	fmt.Fprintf(w, "code %s (%s) regs=%d params=%v locals=%v cells=%v free=%v\n",
		code.QualName, code.Filename, code.NumRegs, code.ParamNames, code.LocalNames, code.CellNames, code.FreeNames)
	for i, in := range code.Instrs {
		fmt.Fprintf(w, "%5d %4d  %-12s %s\n", i, code.Lines[i], in.Op(), operands(code, i, in))
	}
	for _, e := range code.ExcTable {
		fmt.Fprintf(w, "  except [%d, %d) -> %d reg %d push=%v\n", e.Start, e.End, e.Handler, e.Reg, e.Push)
	}
	for _, k := range code.Consts {
		if c, ok := k.(*Code); ok {
			fmt.Fprintln(w)
			Disassemble(w, c)
		}
	}
}

func operands(code *Code, pc int, in Instr) string {
	switch in.Op() {
	case OpLoadK:
		return fmt.Sprintf("r%d = %s", in.A(), constString(code.Consts[in.Bx()]))
	case OpLoadGlobal, OpStoreGlobal, OpDelGlobal, OpLoadName, OpStoreName, OpDelName:
		return fmt.Sprintf("r%d %s", in.A(), code.Names[in.Bx()])
	case OpJump, OpJumpIfFalse, OpJumpIfTrue:
		return fmt.Sprintf("r%d -> %d", in.A(), pc+1+in.Bx()-JumpBias)
	case OpForIter:
		return fmt.Sprintf("r%d = next(r%d) -> %d", in.A(), in.B(), pc+1+in.C()-ForIterBias)
	case OpGetSlice2:
		bound := func(r int) string {
			if r == SliceNone {
				return ""
			}
			return fmt.Sprintf("r%d", r)
		}
		return fmt.Sprintf("r%d = r%d[%s:%s]", in.A(), in.B(), bound(in.C()&SliceNone), bound(in.C()>>10))
	case OpCallGlobal:
		return fmt.Sprintf("r%d = %s(r%d)", in.A(), code.Names[in.C()], in.B())
	case OpGetAttr, OpSetAttr, OpDelAttr:
		return fmt.Sprintf("r%d r%d .%s", in.A(), in.B(), code.Names[in.C()])
	case OpLoadDeref, OpStoreDeref, OpDelDeref:
		return fmt.Sprintf("r%d cell%d (%s)", in.A(), in.B(), code.Names[in.C()])
	}
	return fmt.Sprintf("%d %d %d", in.A(), in.B(), in.C())
}

func constString(k any) string {
	switch x := k.(type) {
	case *Code:
		return "<code " + x.QualName + ">"
	case string:
		return fmt.Sprintf("%q", x)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = constString(e)
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	return fmt.Sprintf("%v", k)
}
