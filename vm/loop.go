package vm

import (
	"math"
	"math/bits"
	"os"
	"strings"
	"unsafe"

	"github.com/asl-lang/asl/compiler"
)

// run executes frames starting at f until the frame marked stop returns.
// Calls between asl functions push frames and stay in this loop: no Go
// recursion per asl call. Go code calling back into asl (a sort key, a
// generator driven by sum()) runs a nested loop.
//
// A Go panic under the outermost loop of the thread is a bug of asl: it
// is reported as an exception instead of crashing the host program, and
// the thread's stacks are put back as they were before f, so the thread
// stays usable (a REPL goes on). Nested loops do without a recover of
// their own: the deferred call would cost every generator step and every
// call from Go.
func (t *Thread) run(f *frame) (result Value, err error) {
	if !t.looping {
		// The state before f was pushed (or, for a generator, resumed).
		sp, depth, handled := t.sp, t.depth-1, f.handled
		if f.base >= 0 {
			sp = f.base
		}
		t.looping = true
		defer func() {
			t.looping = false
			if r := recover(); r != nil {
				if os.Getenv("ASL_PANIC") != "" {
					panic(r)
				}
				t.sp, t.depth, t.handled = sp, depth, handled
				result, err = Value{}, Errorf(SystemErrorType, "internal error in the VM (please report it): %v", r)
			}
		}()
	}
	regs := regsOf(f)
	code := f.code.Instrs
	consts := constsOf(f)
	for {
		in := code[f.pc]
		f.pc++
		a := in.A()
		switch in.Op() {
		case compiler.OpNop:
		case compiler.OpMove:
			regs[a] = regs[in.B()]
		case compiler.OpLoadK:
			regs[a] = consts[in.Bx()]
		case compiler.OpLoadNone:
			regs[a] = None
		case compiler.OpCheckLocal:
			if regs[a].kind == KUnbound {
				err = Errorf(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", f.code.Code.Names[in.B()])
			}
		case compiler.OpAdd:
			x, y := regs[in.B()], rk(regs, consts, in.C())
			if x.kind == KInt && y.kind == KInt {
				s := x.I() + y.I()
				if (s > x.I()) == (y.I() > 0) {
					regs[a] = Int(s)
					break
				}
			} else if x.kind == KFloat {
				if y.kind == KFloat {
					regs[a] = Float(x.F() + y.F())
					break
				}
				if y.kind == KInt && y.I() < 1<<53 && y.I() > -(1<<53) {
					regs[a] = Float(x.F() + float64(y.I()))
					break
				}
			} else if x.kind == KInt && y.kind == KFloat && x.I() < 1<<53 && x.I() > -(1<<53) {
				regs[a] = Float(float64(x.I()) + y.F())
				break
			}
			regs[a], err = t.binary(compiler.OpAdd, x, y)
		case compiler.OpSub:
			x, y := regs[in.B()], rk(regs, consts, in.C())
			if x.kind == KInt && y.kind == KInt {
				s := x.I() - y.I()
				if (s < x.I()) == (y.I() > 0) {
					regs[a] = Int(s)
					break
				}
			} else if x.kind == KFloat && y.kind == KFloat {
				regs[a] = Float(x.F() - y.F())
				break
			}
			regs[a], err = t.binary(compiler.OpSub, x, y)
		case compiler.OpMul:
			x, y := regs[in.B()], rk(regs, consts, in.C())
			if x.kind == KFloat && y.kind == KFloat {
				regs[a] = Float(x.F() * y.F())
				break
			}
			if x.kind == KInt && y.kind == KInt {
				p, hi := bits.Mul64(uint64(abs64(x.I())), uint64(abs64(y.I())))
				if hi == 0 && p < 1<<63 && x.I() != math.MinInt64 && y.I() != math.MinInt64 {
					if (x.I() < 0) != (y.I() < 0) {
						regs[a] = Int(-int64(p))
					} else {
						regs[a] = Int(int64(p))
					}
					break
				}
			}
			regs[a], err = t.binary(compiler.OpMul, x, y)
		case compiler.OpTrueDiv:
			x, y := regs[in.B()], rk(regs, consts, in.C())
			if x.kind == KFloat && y.kind == KFloat && y.F() != 0 {
				regs[a] = Float(x.F() / y.F())
				break
			}
			if x.kind == KFloat && y.kind == KInt && y.I() != 0 && y.I() < 1<<53 && y.I() > -(1<<53) {
				regs[a] = Float(x.F() / float64(y.I()))
				break
			}
			if x.kind == KInt && y.kind == KFloat && y.F() != 0 && x.I() < 1<<53 && x.I() > -(1<<53) {
				regs[a] = Float(float64(x.I()) / y.F())
				break
			}
			regs[a], err = t.binary(compiler.OpTrueDiv, x, y)
		case compiler.OpFloorDiv, compiler.OpMod:
			x, y := regs[in.B()], rk(regs, consts, in.C())
			if x.kind == KInt && y.kind == KInt && y.I() > 0 && x.I() >= 0 {
				if in.Op() == compiler.OpFloorDiv {
					regs[a] = Int(x.I() / y.I())
				} else {
					regs[a] = Int(x.I() % y.I())
				}
				break
			}
			regs[a], err = t.binary(in.Op(), x, y)
		case compiler.OpPow, compiler.OpLShift, compiler.OpRShift, compiler.OpBitAnd, compiler.OpBitOr,
			compiler.OpBitXor, compiler.OpMatMul:
			regs[a], err = t.binary(in.Op(), regs[in.B()], rk(regs, consts, in.C()))
		case compiler.OpInplace:
			x, y := regs[a], rk(regs, consts, in.B())
			op := compiler.Op(in.C())
			if x.kind == KInt && y.kind == KInt {
				if op == compiler.OpAdd {
					s := x.I() + y.I()
					if (s > x.I()) == (y.I() > 0) {
						regs[a] = Int(s)
						break
					}
				} else if op == compiler.OpSub {
					s := x.I() - y.I()
					if (s < x.I()) == (y.I() > 0) {
						regs[a] = Int(s)
						break
					}
				}
			} else if x.kind == KFloat && y.kind == KFloat {
				switch op {
				case compiler.OpAdd:
					regs[a] = Float(x.F() + y.F())
					continue
				case compiler.OpSub:
					regs[a] = Float(x.F() - y.F())
					continue
				case compiler.OpMul:
					regs[a] = Float(x.F() * y.F())
					continue
				}
			}
			regs[a], err = t.inplace(op, x, y)
		case compiler.OpUnary:
			regs[a], err = t.unary(in.C(), regs[in.B()])
		case compiler.OpNot:
			var b bool
			b, err = t.truth(regs[in.B()])
			regs[a] = Bool(!b)
		case compiler.OpLt, compiler.OpLe, compiler.OpGt, compiler.OpGe:
			x, y := regs[in.B()], rk(regs, consts, in.C())
			if x.kind == KInt && y.kind == KInt {
				regs[a] = Bool(intCompare(in.Op(), x.I(), y.I()))
				break
			}
			if x.kind == KFloat && y.kind == KFloat {
				regs[a] = Bool(floatCompare(in.Op(), x.F(), y.F()))
				break
			}
			regs[a], err = t.compare(in.Op(), x, y)
		case compiler.OpEq, compiler.OpNe:
			x, y := regs[in.B()], rk(regs, consts, in.C())
			if x.kind == KInt && y.kind == KInt {
				regs[a] = Bool((x.bits == y.bits) == (in.Op() == compiler.OpEq))
				break
			}
			regs[a], err = t.compare(in.Op(), x, y)
		case compiler.OpIfLt, compiler.OpIfLe, compiler.OpIfGt, compiler.OpIfGe, compiler.OpIfEq, compiler.OpIfNe:
			x, y := regs[in.B()], rk(regs, consts, in.C())
			var cond bool
			op := ifCompare[in.Op()-compiler.OpIfLt]
			switch {
			case x.kind == KInt && y.kind == KInt:
				if op == compiler.OpEq || op == compiler.OpNe {
					cond = (x.bits == y.bits) == (op == compiler.OpEq)
				} else {
					cond = intCompare(op, x.I(), y.I())
				}
			case x.kind == KFloat && y.kind == KFloat && op != compiler.OpEq && op != compiler.OpNe:
				cond = floatCompare(op, x.F(), y.F())
			case x.kind == KStr && y.kind == KStr:
				switch c := strings.Compare(x.S(), y.S()); op {
				case compiler.OpEq:
					cond = c == 0
				case compiler.OpNe:
					cond = c != 0
				default:
					cond = intCompare(op, int64(c), 0)
				}
			default:
				var r Value
				if r, err = t.compare(op, x, y); err == nil {
					cond, err = t.truth(r)
				}
				if err != nil {
					break
				}
			}
			if cond == (a != 0) {
				off := code[f.pc].Bx() - compiler.JumpBias
				if off < 0 && (t.Budget > 0 || t.poll) {
					if err = t.tick(); err != nil {
						break
					}
				}
				f.pc += 1 + off
			} else {
				f.pc++
			}
		case compiler.OpIfIs, compiler.OpIfIsNot:
			cond := Is(regs[in.B()], rk(regs, consts, in.C())) == (in.Op() == compiler.OpIfIs)
			if cond == (a != 0) {
				off := code[f.pc].Bx() - compiler.JumpBias
				if off < 0 && (t.Budget > 0 || t.poll) {
					if err = t.tick(); err != nil {
						break
					}
				}
				f.pc += 1 + off
			} else {
				f.pc++
			}
		case compiler.OpIs:
			regs[a] = Bool(Is(regs[in.B()], rk(regs, consts, in.C())))
		case compiler.OpIsNot:
			regs[a] = Bool(!Is(regs[in.B()], rk(regs, consts, in.C())))
		case compiler.OpIn, compiler.OpNotIn:
			var b bool
			b, err = t.contains(regs[in.C()], regs[in.B()])
			regs[a] = Bool(b == (in.Op() == compiler.OpIn))
		case compiler.OpJump:
			off := in.Bx() - compiler.JumpBias
			if off < 0 && (t.Budget > 0 || t.poll) {
				if err = t.tick(); err != nil { // raised at the jump, which stays in the traceback
					break
				}
			}
			f.pc += off
		case compiler.OpJumpIfFalse, compiler.OpJumpIfTrue:
			v := regs[a]
			var b bool
			if v.kind == KBool {
				b = v.bits != 0
			} else if b, err = t.truth(v); err != nil {
				break
			}
			if b == (in.Op() == compiler.OpJumpIfTrue) {
				off := in.Bx() - compiler.JumpBias
				if off < 0 && (t.Budget > 0 || t.poll) {
					if err = t.tick(); err != nil {
						break
					}
				}
				f.pc += off
			}
		case compiler.OpGetIter:
			regs[a], err = t.getIter(regs[in.B()])
		case compiler.OpForIter:
			// At the bottom of a loop: with an item, jump back to the body.
			it := regs[in.B()]
			back := in.C() - compiler.ForIterBias
			if t.Budget > 0 || t.poll {
				if err = t.tick(); err != nil {
					break
				}
			}
			if it.kind == KIter {
				itr := it.iter()
				switch itr.kind {
				case iterRange:
					if (itr.step > 0 && itr.i < itr.stop) || (itr.step < 0 && itr.i > itr.stop) {
						regs[a] = Int(itr.i)
						itr.i += itr.step
						f.pc += back
					} else if itr.private {
						// Only this loop knew it: the next can have it.
						t.spareRangeIter = itr
					}
					continue
				case iterList:
					if itr.i < int64(len(itr.list.Items)) {
						regs[a] = itr.list.Items[itr.i]
						itr.i++
						f.pc += back
					}
					continue
				}
				if next := code[f.pc+back]; next.Op() == compiler.OpUnpack && next.B() == a && next.C() == 2 {
					// for x, y in pairs: no tuple
					x, y, ok, has, perr := itr.nextPair(t)
					if has {
						if err = perr; err == nil && ok {
							d := next.A()
							regs[d], regs[d+1] = x, y
							f.pc += back + 1
						}
						break
					}
				}
				var v Value
				var ok bool
				if v, ok, err = itr.next(t); err == nil && ok {
					regs[a] = v
					f.pc += back
				}
				break
			}
			var v Value
			var ok bool
			if v, ok, err = t.next(it); err == nil && ok {
				regs[a] = v
				f.pc += back
			}
		case compiler.OpLoadGlobal:
			c := &f.code.globals[in.Bx()]
			if c.globals == f.globals && c.gver == f.globals.version {
				if !c.builtin {
					regs[a] = c.entry.val
					break
				}
				if c.bver == t.Builtins.version {
					regs[a] = c.entry.val
					break
				}
			}
			regs[a], err = t.loadGlobal(f, in.Bx())
		case compiler.OpStoreGlobal:
			f.globals.SetStr(f.code.Code.Names[in.Bx()], regs[a])
		case compiler.OpDelGlobal:
			name := f.code.Code.Names[in.Bx()]
			if ok, _ := f.globals.Delete(t, f.code.Names[in.Bx()]); !ok {
				err = Errorf(NameErrorType, "name '%s' is not defined", name)
			}
		case compiler.OpLoadName:
			name := f.code.Code.Names[in.Bx()]
			if v, ok := f.locals.GetStr(name); ok {
				regs[a] = v
			} else if v, ok := f.globals.GetStr(name); ok {
				regs[a] = v
			} else if v, ok := t.Builtins.GetStr(name); ok {
				regs[a] = v
			} else {
				err = Errorf(NameErrorType, "name '%s' is not defined", name)
			}
		case compiler.OpStoreName:
			f.locals.SetStr(f.code.Code.Names[in.Bx()], regs[a])
		case compiler.OpDelName:
			name := f.code.Code.Names[in.Bx()]
			if ok, _ := f.locals.Delete(t, f.code.Names[in.Bx()]); !ok {
				err = Errorf(NameErrorType, "name '%s' is not defined", name)
			}
		case compiler.OpLoadDeref:
			c := f.cells[in.B()]
			if !c.Bound {
				err = t.unboundCell(f, in.B(), in.C())
				break
			}
			regs[a] = c.V
		case compiler.OpStoreDeref:
			c := f.cells[in.B()]
			c.V, c.Bound = regs[a], true
		case compiler.OpDelDeref:
			c := f.cells[in.B()]
			if !c.Bound {
				err = t.unboundCell(f, in.B(), in.C())
				break
			}
			c.V, c.Bound = Value{}, false
		case compiler.OpLoadClassDeref:
			name := f.code.Code.Names[in.C()]
			if v, ok := f.locals.GetStr(name); ok {
				regs[a] = v
			} else if c := f.cells[in.B()]; c.Bound {
				regs[a] = c.V
			} else {
				err = t.unboundCell(f, in.B(), in.C())
			}
		case compiler.OpDelLocal:
			if regs[a].kind == KUnbound {
				err = Errorf(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", f.code.Code.Names[in.B()])
				break
			}
			regs[a] = unbound
		case compiler.OpNewCell:
			regs[a] = ptrValue(KCell, unsafePointer(f.cells[in.B()]))
		case compiler.OpGetAttr:
			obj, name := regs[in.B()], f.code.Names[in.C()]
			if obj.kind == KInst {
				inst := obj.inst()
				c := t.attrEntry(&f.code.attrs[f.pc-1], inst.Class, name.S())
				switch c.mode {
				case attrInstance:
					if s := inst.shape; s != nil {
						if s == c.shape {
							regs[a] = inst.slots[c.slot]
							continue
						}
						if i := s.find(name.S()); i >= 0 {
							c.shape, c.slot = s, int32(i)
							regs[a] = inst.slots[i]
							continue
						}
					} else if d := inst.ns; d != nil {
						if e := c.slotEntry(d, name); e != nil {
							regs[a] = e.val
							continue
						}
						if i := d.strIndexHashed(name.str()); i >= 0 {
							c.slot = int32(i)
							regs[a] = d.entries[i].val
							continue
						}
					}
					if c.hasVal {
						regs[a] = c.val
						continue
					}
				case attrProperty:
					nf, perr := t.pushProperty(c.fn, f, a, obj, Value{}, 1)
					if perr != nil {
						err = perr
						break
					}
					f = nf
					regs, code, consts = regsOf(f), f.code.Instrs, constsOf(f)
					continue
				}
			}
			regs[a], err = t.getAttr(obj, name)
		case compiler.OpSetAttr:
			obj, name := regs[a], f.code.Names[in.C()]
			if obj.kind == KInst {
				inst := obj.inst()
				c := t.attrEntry(&f.code.attrs[f.pc-1], inst.Class, name.S())
				switch c.mode {
				case attrInstance:
					if s := inst.shape; s != nil {
						if s == c.shape {
							inst.slots[c.slot] = regs[in.B()]
							continue
						}
						if s == c.from {
							// The name is new here, as on the last instance.
							inst.slots = append(inst.slots, regs[in.B()])
							inst.shape = c.shape
							continue
						}
						if i := s.find(name.S()); i >= 0 {
							c.shape, c.from, c.slot = s, nil, int32(i)
							inst.slots[i] = regs[in.B()]
							continue
						}
						if to := s.add(name); to != nil {
							c.shape, c.from, c.slot = to, s, int32(len(inst.slots))
							inst.slots = append(inst.slots, regs[in.B()])
							inst.shape = to
							continue
						}
						inst.materialize()
					}
					d := inst.NS()
					if e := c.slotEntry(d, name); e != nil {
						e.val = regs[in.B()]
						continue
					}
					if i := d.setSmallStr(name, regs[in.B()]); i >= 0 {
						c.slot = int32(i)
						continue
					}
					// A large namespace: remember where the name landed.
					if err = d.Set(t, name, regs[in.B()]); err == nil {
						c.slot = int32(d.strIndexHashed(name.str()))
					}
					continue
				case attrProperty:
					if c.setter == nil {
						break
					}
					nf, perr := t.pushProperty(c.setter, f, 0, obj, regs[in.B()], 2)
					if perr != nil {
						err = perr
						break
					}
					nf.discard, nf.special = true, true
					f = nf
					regs, code, consts = regsOf(f), f.code.Instrs, constsOf(f)
					continue
				}
			}
			err = t.setAttr(obj, name, regs[in.B()])
		case compiler.OpDelAttr:
			err = t.delAttr(regs[a], f.code.Names[in.C()])
		case compiler.OpGetItem:
			x, k := regs[in.B()], rk(regs, consts, in.C())
			if x.kind == KList && k.kind == KInt {
				items := x.list().Items
				i := k.I()
				if i < 0 {
					i += int64(len(items))
				}
				if i >= 0 && i < int64(len(items)) {
					regs[a] = items[i]
					break
				}
			}
			if x.kind == KDict && k.kind == KStr {
				// A str key found by its cached hash; a miss takes the
				// general path (keys of other types, KeyError).
				d := x.dict()
				if i := d.strIndexHashed(k.str()); i >= 0 {
					regs[a] = d.entries[i].val
					break
				}
			}
			regs[a], err = t.getItem(x, k)
		case compiler.OpSetItem:
			x, k := regs[a], rk(regs, consts, in.B())
			if x.kind == KList && k.kind == KInt {
				items := x.list().Items
				i := k.I()
				if i < 0 {
					i += int64(len(items))
				}
				if i >= 0 && i < int64(len(items)) {
					items[i] = regs[in.C()]
					break
				}
			}
			if x.kind == KDict && k.kind == KStr {
				if d := x.dict(); !d.isClass {
					if i := d.strIndexHashed(k.str()); i >= 0 {
						d.entries[i].val = regs[in.C()]
						break
					}
				}
			}
			err = t.setItem(x, k, regs[in.C()])
		case compiler.OpDelItem:
			err = t.delItem(regs[a], regs[in.B()])
		case compiler.OpGetSlice:
			regs[a], err = t.getSlice(regs[in.B()], regs[in.C():in.C()+3])
		case compiler.OpGetSlice2:
			parts := [3]Value{None, None, None}
			if lo := in.C() & compiler.SliceNone; lo != compiler.SliceNone {
				parts[0] = regs[lo]
			}
			if hi := in.C() >> 10; hi != compiler.SliceNone {
				parts[1] = regs[hi]
			}
			regs[a], err = t.getSlice(regs[in.B()], parts[:])
		case compiler.OpSlice:
			b := in.B()
			regs[a] = ptrValue(KSlice, unsafePointer(&SliceObj{Start: regs[b], Stop: regs[b+1], Step: regs[b+2]}))
		case compiler.OpBuildList:
			n := in.C()
			items := make([]Value, n)
			copy(items, regs[in.B():in.B()+n])
			regs[a] = NewList(items)
		case compiler.OpBuildTuple:
			regs[a] = newTupleFrom(regs[in.B() : in.B()+in.C()])
		case compiler.OpBuildSet:
			regs[a], err = t.newSetFrom(KSet, regs[in.B():in.B()+in.C()])
		case compiler.OpBuildDict:
			d := newDict(in.C())
			for i := 0; i < in.C() && err == nil; i++ {
				err = d.Set(t, regs[in.B()+2*i], regs[in.B()+2*i+1])
			}
			regs[a] = ptrValue(KDict, unsafePointer(d))
		case compiler.OpListAppend:
			regs[a].list().push(regs[in.B()])
		case compiler.OpListExtend:
			err = t.extendInto(regs[a], regs[in.B()])
		case compiler.OpSetAdd:
			err = t.setAdd(regs[a], regs[in.B()])
		case compiler.OpDictSet:
			err = regs[a].dict().Set(t, regs[in.B()], regs[in.C()])
		case compiler.OpDictUpdate:
			err = t.dictUpdate(regs[a], regs[in.B()], in.C() == 1)
		case compiler.OpListToTuple:
			regs[a] = NewTuple(regs[in.B()].list().Items)
		case compiler.OpUnpack:
			if x := regs[in.B()]; x.kind == KTuple || x.kind == KList {
				if items := seqItems(x); len(items) == in.C() {
					for i, v := range items {
						regs[a+i] = v
					}
					break
				}
			}
			err = t.unpack(regs[in.B()], regs[a:a+in.C()], -1, 0)
		case compiler.OpUnpackEx:
			before, after := in.C()&0xFF, in.C()>>8
			err = t.unpack(regs[in.B()], regs[a:a+before+1+after], before, after)
		case compiler.OpBuildStr:
			regs[a], err = t.buildStr(regs[in.B() : in.B()+in.C()])
		case compiler.OpFormat:
			var spec Value
			if in.B() > 0 {
				spec = regs[in.B()-1]
			}
			regs[a], err = t.formatValue(regs[a], in.C(), spec, in.B() > 0)
		case compiler.OpMakeFunc:
			regs[a] = t.makeFunction(f, consts[in.B()].code(), regs[a+1:])
		case compiler.OpMakeClass:
			var cls Value
			cls, err = t.makeClassOp(regs[a:a+1+in.C()], consts[in.B()])
			if err == nil {
				regs[a] = cls
			}
		case compiler.OpLoadMethod:
			if m, ok := cachedMethod(&f.code.attrs[f.pc-1], regs[a+1], f.code.Names[in.C()]); ok {
				regs[a] = m
				break
			}
			err = t.loadMethod(regs[a:a+2], f.code.Names[in.C()], &f.code.attrs[f.pc-1])
		case compiler.OpCall, compiler.OpCallMethod, compiler.OpCallGlobal:
			var fn Value
			var nargs, first, kwc int
			switch in.Op() {
			case compiler.OpCallGlobal:
				// N(C)(R(B)): the global as LOADGLOBAL finds it.
				gc := &f.code.globals[in.C()]
				switch {
				case gc.globals != f.globals || gc.gver != f.globals.version:
					fn, err = t.loadGlobal(f, in.C())
				case !gc.builtin:
					fn = gc.entry.val
				case gc.bver == t.Builtins.version:
					fn = gc.entry.val
				default:
					fn, err = t.loadGlobal(f, in.C())
				}
				nargs, first = 1, in.B()
			case compiler.OpCallMethod:
				fn, nargs, first, kwc = regs[a], in.B(), a+1, in.C()
				if regs[a+1].kind == KUnbound {
					first = a + 2 // a plain callable: no self
				} else {
					nargs++ // self and the arguments
				}
			default:
				fn, nargs, first, kwc = regs[a], in.B(), a+1, in.C()
			}
			if err != nil {
				break
			}
			if fn.kind == KFunc && kwc == 0 {
				fun := fn.function()
				if fun.Code.plain && nargs == fun.Code.argc {
					nf, cerr := t.pushPlain(fun, regs[first:first+nargs], f, a)
					if cerr != nil {
						err = cerr
						break
					}
					f = nf
					regs, code, consts = regsOf(f), f.code.Instrs, constsOf(f)
					continue
				}
				if fun.Code.simple && nargs == fun.Code.ArgCount {
					nf, cerr := t.pushFrame(fun, regs[first:first+nargs], f, a)
					if cerr != nil {
						err = cerr
						break
					}
					if fun.Code.Generator || fun.Code.Coroutine {
						regs[a], err = t.startGenerator(nf)
						break
					}
					f = nf
					regs, code, consts = regsOf(f), f.code.Instrs, constsOf(f)
					continue
				}
			}
			if fn.kind == KClass && kwc == 0 && first == a+1 {
				// Class(args) with an asl __init__: the instance takes the
				// class's register, right before the arguments.
				cls := fn.class()
				if cls.cached && !cls.IsExc {
					if init := cls.simpleInit(); init != nil && init.Code.plain && nargs+1 == init.Code.argc {
						self := InstValue(allocShaped(cls, cls.attrHint))
						regs[a] = self
						nf, cerr := t.pushPlain(init, regs[a:first+nargs], f, a)
						if cerr != nil {
							err = cerr
							break
						}
						nf.initSelf, nf.special = self, true
						f = nf
						regs, code, consts = regsOf(f), f.code.Instrs, constsOf(f)
						continue
					}
				}
			}
			args := regs[first : first+nargs]
			if fn.kind == KBuiltin && kwc == 0 {
				// A built-in function or method: no frame, no keywords.
				b := fn.builtin()
				if !b.Bound {
					if b.intrinsic != 0 {
						if res, ok := t.callIntrinsic(b.intrinsic, args); ok {
							regs[a] = res
							break
						}
					}
					t.cur = f
					var res Value
					if res, err = b.Fn(t, args, nil); err == nil {
						regs = regsOf(f)
						regs[a] = res
					}
					break
				}
			}
			if fn.kind == KClass && kwc == 0 && fn.class() == RangeType {
				// for x in range(...): the iterator without the range.
				if next := code[f.pc]; next.Op() == compiler.OpGetIter && next.B() == a {
					if it, ok := t.smallRangeIter(args); ok {
						regs[next.A()] = it
						f.pc++
						break
					}
				}
			}
			var kw *Kwargs
			if c := kwc; c > 0 {
				names := consts[c-1].tuple().Items
				k := len(names)
				kw = &Kwargs{Names: make([]string, k), Values: args[nargs-k:]}
				for i, n := range names {
					kw.Names[i] = n.S()
				}
				args = args[:nargs-k]
			}
			var nf *frame
			var res Value
			t.cur = f
			res, nf, err = t.callValue(fn, args, kw, f, a)
			if err != nil {
				break
			}
			if nf != nil {
				f = nf
				regs, code, consts = regsOf(f), f.code.Instrs, constsOf(f)
				continue
			}
			regs = regsOf(f)
			regs[a] = res
		case compiler.OpCallEx:
			var args []Value
			var kw *Kwargs
			args, kw, err = t.explodeArgs(regs[a+1], regs[a+2], in.B() == 1)
			if err != nil {
				break
			}
			var nf *frame
			var res Value
			t.cur = f
			res, nf, err = t.callValue(regs[a], args, kw, f, a)
			if err != nil {
				break
			}
			if nf != nil {
				f = nf
				regs, code, consts = regsOf(f), f.code.Instrs, constsOf(f)
				continue
			}
			regs = regsOf(f)
			regs[a] = res
		case compiler.OpReturn:
			res := regs[a]
			if !f.special {
				// A plain call returns to the frame below.
				parent, ret := f.parent, f.retReg
				t.sp, t.handled = f.base, f.handled
				t.depth--
				if f.cells != nil {
					f.cells = nil
				}
				f.nextFree = t.free
				t.free = f
				f = parent
				regs, code, consts = regsOf(f), f.code.Instrs, constsOf(f)
				regs[ret] = res
				continue
			}
			if f.gen != nil {
				return t.genReturn(f, res)
			}
			if f.initSelf.kind != KNone {
				// The frame of an __init__ run by a class call: the call's
				// result is the new instance.
				if res.kind != KNone {
					err = Errorf(TypeErrorType, "__init__() should return None, not '%s'", typeName(res))
					break
				}
				res = f.initSelf
				inst := res.inst()
				if n := inst.attrCount(); n > inst.Class.attrHint {
					inst.Class.attrHint = n
				}
			}
			parent, stop, ret, discard := f.parent, f.stop, f.retReg, f.discard
			t.popFrame(f)
			if stop {
				return res, nil
			}
			f = parent
			regs, code, consts = regsOf(f), f.code.Instrs, constsOf(f)
			if !discard {
				regs[ret] = res
			}
		case compiler.OpYield:
			return t.genYield(f, regs[in.B()], a)
		case compiler.OpGetAwaitable:
			regs[a], err = t.getAwaitable(regs[in.B()])
		case compiler.OpGetAIter:
			regs[a], err = t.getAIter(regs[in.B()])
		case compiler.OpGetANext:
			regs[a], err = t.getANext(regs[in.B()])
		case compiler.OpAsyncForIter:
			var v Value
			var yielded bool
			v, yielded, err = t.delegate(regs[in.B()], regs[a])
			if err != nil {
				if isStopAsync(err) {
					err = nil
					f.pc += in.C()
				}
				break
			}
			if yielded {
				f.yieldFrom = true
				return t.genYield(f, v, a)
			}
			regs[a] = v
		case compiler.OpAsyncWithEnter:
			err = t.asyncWithEnter(regs[a : a+3])
			regs = regsOf(f)
		case compiler.OpAsyncWithExit:
			b := in.B()
			var exc Value
			if c := in.C(); c > 0 {
				exc = regs[c-1]
			}
			regs[a], err = t.asyncWithExit(regs[b:b+3], exc, in.C() > 0)
			regs = regsOf(f)
		case compiler.OpDiscard:
			if v := regs[a]; v.kind == KGen {
				t.discard(f, v)
			}
		case compiler.OpAsyncWithCheck:
			err = t.asyncWithCheck(f, regs[a], regs[in.B()])
		case compiler.OpGetYieldFromIter:
			if v := regs[in.B()]; v.kind == KGen {
				regs[a] = v
			} else {
				regs[a], err = t.getIter(v)
			}
		case compiler.OpYieldFrom:
			var v Value
			var yielded bool
			v, yielded, err = t.delegate(regs[in.B()], regs[a])
			if err != nil {
				break
			}
			if yielded {
				f.yieldFrom = true
				return t.genYield(f, v, a)
			}
			regs[a] = v
		case compiler.OpRaise:
			err = t.raise(f, in.C(), regs[a], regs[in.B()])
		case compiler.OpPopExcept:
			if len(t.handled) > f.handledBase() {
				t.handled = t.handled[:len(t.handled)-1]
			}
		case compiler.OpMatchExc:
			var b bool
			b, err = t.matchException(regs[in.B()], regs[in.C()])
			regs[a] = Bool(b)
		case compiler.OpAssert:
			if in.C() == 1 {
				e := NewException(AssertionErrorType, regs[in.B()])
				err = e
			} else {
				err = NewException(AssertionErrorType)
			}
		case compiler.OpImport:
			regs[a], err = t.importModule(f, f.code.Code.Names[in.B()], in.C())
		case compiler.OpImportFrom:
			if in.C() == 0xFFFFF {
				break // "import a.b as c": the module itself
			}
			regs[a], err = t.importFrom(regs[in.B()], f.code.Code.Names[in.C()])
		case compiler.OpImportStar:
			err = t.importStar(f, regs[a])
		case compiler.OpWithEnter:
			err = t.withEnter(regs[a : a+3])
			regs = regsOf(f)
		case compiler.OpWithExit:
			err = t.withExit(f, regs[a:a+3], in.C() == 1, regs[in.B()])
			regs = regsOf(f)
		default:
			err = Errorf(SystemErrorType, "unknown opcode %v", in.Op())
		}
		if err != nil {
			var handled bool
			f, handled, err = t.unwind(f, err)
			if !handled {
				return Value{}, err
			}
			regs, code, consts = regsOf(f), f.code.Instrs, constsOf(f)
			err = nil
		}
	}
}

func intCompare(op compiler.Op, x, y int64) bool {
	switch op {
	case compiler.OpLt:
		return x < y
	case compiler.OpLe:
		return x <= y
	case compiler.OpGt:
		return x > y
	}
	return x >= y
}

func floatCompare(op compiler.Op, x, y float64) bool {
	switch op {
	case compiler.OpLt:
		return x < y
	case compiler.OpLe:
		return x <= y
	case compiler.OpGt:
		return x > y
	}
	return x >= y
}

// loadGlobal looks a global up and fills the instruction's cache.
func (t *Thread) loadGlobal(f *frame, k int) (Value, error) {
	name := f.code.Code.Names[k]
	c := &f.code.globals[k]
	if i := f.globals.strIndex(name); i >= 0 {
		*c = globalCache{globals: f.globals, gver: f.globals.version, entry: &f.globals.entries[i]}
		return f.globals.entries[i].val, nil
	}
	if i := t.Builtins.strIndex(name); i >= 0 {
		*c = globalCache{globals: f.globals, gver: f.globals.version, builtin: true, bver: t.Builtins.version, entry: &t.Builtins.entries[i]}
		return t.Builtins.entries[i].val, nil
	}
	return Value{}, Errorf(NameErrorType, "name '%s' is not defined", name)
}

// rk reads operand c: a register, or a constant when KBit is set.
func rk(regs, consts *regFile, c int) Value {
	if c&compiler.KBit != 0 {
		return consts[c&^compiler.KBit]
	}
	return regs[c]
}

// ifCompare maps the compare-and-branch ops to their comparisons.
var ifCompare = [...]compiler.Op{compiler.OpLt, compiler.OpLe, compiler.OpGt, compiler.OpGe, compiler.OpEq, compiler.OpNe}

// regFile is a frame's registers seen as an array: operands are at most
// 20 bits wide, so indexing it needs no bounds check; the compiler
// guarantees every operand is below the frame's NumRegs.
type regFile [1 << 20]Value

// constsOf is f's constants, seen as a register file (Verify checked
// every index).
func constsOf(f *frame) *regFile {
	return (*regFile)(unsafe.Pointer(unsafe.SliceData(f.code.Consts)))
}

// regsOf is f's register file.
func regsOf(f *frame) *regFile { return (*regFile)(unsafe.Pointer(unsafe.SliceData(f.regs))) }
