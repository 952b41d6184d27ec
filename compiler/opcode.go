package compiler

import "fmt"

// Op is a bytecode operation. The machine is register based: each frame
// has a fixed set of registers (locals first, then temporaries), and an
// instruction names its operands by register number, so a statement like
// "i = i + 1" is one instruction instead of four stack operations.
type Op uint8

// Instr is one instruction: the op in the low 8 bits, then A (16 bits), B
// and C (20 bits each). Bx is B and C together as one 40-bit operand.
type Instr uint64

// Encode builds an instruction.
func Encode(op Op, a, b, c int) Instr {
	return Instr(op) | Instr(uint64(a)&0xFFFF)<<8 | Instr(uint64(b)&0xFFFFF)<<24 | Instr(uint64(c)&0xFFFFF)<<44
}

// EncodeBx builds an instruction with a wide operand.
func EncodeBx(op Op, a, bx int) Instr {
	return Instr(op) | Instr(uint64(a)&0xFFFF)<<8 | Instr(uint64(bx)&0xFFFFFFFFFF)<<24
}

// Op returns the operation.
func (i Instr) Op() Op { return Op(i & 0xFF) }

// A returns operand A.
func (i Instr) A() int { return int(i >> 8 & 0xFFFF) }

// B returns operand B.
func (i Instr) B() int { return int(i >> 24 & 0xFFFFF) }

// C returns operand C.
func (i Instr) C() int { return int(i >> 44 & 0xFFFFF) }

// Bx returns the wide operand.
func (i Instr) Bx() int { return int(i >> 24) }

// Operations. R(x) is register x, K(x) constant x, N(x) name x.
const (
	OpNop            Op = iota
	OpMove              // R(A) = R(B)
	OpLoadK             // R(A) = K(Bx)
	OpLoadNone          // R(A) = None
	OpLoadGlobal        // R(A) = globals/builtins[N(Bx)]
	OpStoreGlobal       // globals[N(Bx)] = R(A)
	OpDelGlobal         // del globals[N(Bx)]
	OpLoadName          // R(A) = locals/globals/builtins[N(Bx)] (class bodies, module level)
	OpStoreName         // locals[N(Bx)] = R(A)
	OpDelName           // del locals[N(Bx)]
	OpLoadDeref         // R(A) = cell(B).contents
	OpStoreDeref        // cell(B).contents = R(A)
	OpDelDeref          // cell(B).contents = <unbound>
	OpLoadClassDeref    // R(A) = class namespace N(C) or else cell(B)
	OpCheckLocal        // raise UnboundLocalError if R(A) is unbound (name N(B))
	OpDelLocal          // R(A) = <unbound>, after checking it is bound (name N(B))

	OpUnary // R(A) = unaryop[C](R(B))
	OpNot   // R(A) = not R(B)

	OpAdd // R(A) = R(B) op R(C), for each binary operator in this block
	OpSub
	OpMul
	OpTrueDiv
	OpFloorDiv
	OpMod
	OpPow
	OpLShift
	OpRShift
	OpBitAnd
	OpBitOr
	OpBitXor
	OpMatMul
	OpInplace // R(A) = R(A) op= R(B), C is the binary op (OpAdd…)

	OpLt // R(A) = R(B) cmp R(C), for each comparison in this block
	OpLe
	OpEq
	OpNe
	OpGt
	OpGe
	OpIs
	OpIsNot
	OpIn
	OpNotIn

	OpJump        // pc += sBx
	OpJumpIfFalse // if not R(A): pc += sBx
	OpJumpIfTrue  // if R(A): pc += sBx

	OpGetIter // R(A) = iter(R(B))
	OpForIter // R(A) = next(R(B)) and pc += C - 1<<19 (back to the body); exhausted: on
	OpGetAttr // R(A) = R(B).N(C)
	OpSetAttr // R(A).N(C) = R(B)
	OpDelAttr // del R(A).N(C)
	OpGetItem // R(A) = R(B)[RK(C)]
	OpSetItem // R(A)[RK(B)] = R(C)
	OpDelItem // del R(A)[R(B)]
	OpSlice   // R(A) = slice(R(B), R(B+1), R(B+2)); C is 2 or 3 parts
	OpCall    // R(A) = R(A)(R(A+1) … R(A+B)); C: index+1 of a K tuple of keyword names, or 0
	OpCallEx  // R(A) = R(A)(*R(A+1), **R(A+2)); B: 1 when the mapping is present
	OpLoadMethod
	OpReturn // return R(A)
	OpYield  // yield R(B); the sent value to R(A)

	OpBuildList  // R(A) = [R(B) … R(B+C-1)]
	OpBuildTuple // R(A) = (R(B) … R(B+C-1))
	OpBuildSet   // R(A) = {R(B) … R(B+C-1)}
	OpBuildDict  // R(A) = {R(B): R(B+1), …}, C pairs
	OpListAppend // R(A).append(R(B))
	OpListExtend // R(A).extend(R(B))
	OpSetAdd     // R(A).add(R(B))
	OpDictSet    // R(A)[R(B)] = R(C)
	OpDictUpdate // R(A).update(R(B)) for {**m}
	OpListToTuple
	OpUnpack     // R(A) … R(A+C-1) = R(B), exactly C items
	OpUnpackEx   // like OpUnpack with a starred target: C = before | after<<8
	OpBuildStr   // R(A) = "".join(R(B) … R(B+C-1))
	OpFormat     // R(A) = format(R(A), R(B)) after conversion C (0, 's', 'r', 'a'); B 0 means no spec (uses reg A only)
	OpMakeFunc   // R(A) = function of K(B); defaults and cells described by the Code
	OpMakeClass  // R(A) = class built from body function R(A), name K(B), bases R(A+1) … R(A+C)
	OpRaise      // raise R(A) from R(B); C: 0 re-raise, 1 exc, 2 exc and cause
	OpPopExcept  // restore the previous "current exception"
	OpGetExc     // R(A) = the exception being handled
	OpMatchExc   // R(A) = isinstance(R(B) exception, R(C) class or tuple)
	OpAssert     // raise AssertionError(R(B)) if B > 0 else AssertionError()
	OpImport     // R(A) = import N(B) (level C)
	OpImportFrom // R(A) = getattr(R(B), N(C)) or ImportError
	OpImportStar // from R(A) import *
	OpWithEnter  // R(A+1) = R(A).__exit__; R(A+2) = R(A).__enter__()
	OpWithExit   // call R(A+1)(exc info) and decide whether to swallow; see compiler
	OpNewCell    // R(A) = new cell holding R(B) (B = 0 means empty… see codegen)
	// OpCallMethod calls R(A) with self R(A+1) (unless LOADMETHOD left it
	// unbound) and the arguments R(A+2) … R(A+1+B); C as OpCall.
	OpCallMethod
	OpGetYieldFromIter // R(A) = iter(R(B)), generators as they are
	OpYieldFrom        // delegate to R(B), sending R(A); its result to R(A)

	// Compare and branch: if (R(B) cmp RK(C)) == bool(A), take the JUMP
	// that follows (its offset is read as data), else skip it.
	OpIfLt
	OpIfLe
	OpIfGt
	OpIfGe
	OpIfEq
	OpIfNe
	// OpGetSlice is R(A) = R(B)[R(C):R(C+1):R(C+2)], a subscript by a
	// slice written in place, which needs no slice object for lists,
	// tuples and strs.
	OpGetSlice
	// OpIfIs and OpIfIsNot are compare-and-branch ops (see OpIfLt) for
	// `is` and `is not`, both operands registers.
	OpIfIs
	OpIfIsNot
	// OpCallGlobal is R(A) = N(C)(R(B)): a call of a global function with
	// one argument that is a bound local, in one instruction (the lookup
	// after the argument is unobservable, as reading a local has no
	// effects).
	OpCallGlobal
	// OpGetSlice2 is R(A) = R(B)[lo:hi] where C holds lo and hi as 10-bit
	// register numbers, SliceNone standing for an omitted bound.
	OpGetSlice2

	// The async ops. await x is GETAWAITABLE then YIELDFROM.
	OpGetAwaitable // R(A) = the iterator "await R(B)" delegates to
	OpGetAIter     // R(A) = R(B).__aiter__()
	OpGetANext     // R(A) = the awaitable iterator of R(B).__anext__()
	// OpAsyncForIter is YIELDFROM for the awaited __anext__ of async for:
	// a StopAsyncIteration ends the loop, jumping C instructions ahead.
	OpAsyncForIter
	OpAsyncWithEnter // R(A+1) = R(A).__aexit__; R(A+2) = awaitable of R(A).__aenter__()
	// OpAsyncWithExit is R(A) = awaitable of R(B+1)(None, None, None), or
	// with C > 0 of R(B+1)(type, R(C-1), tb) for the exception in R(C-1).
	OpAsyncWithExit
	// OpAsyncWithCheck ends an async with left by the exception R(B): a
	// true R(A) (the awaited __aexit__) swallows it, else it is re-raised.
	OpAsyncWithCheck
	// OpDiscard drops R(A), the value of a call made as a statement: a
	// coroutine never started gets CPython's RuntimeWarning.
	OpDiscard
)

// SliceNone is an omitted bound in OpGetSlice2's C operand.
const SliceNone = 0x3FF

// KBit marks a C operand of arithmetic, comparison and compare-and-branch
// ops, of an index (C of OpGetItem, B of OpSetItem) and the B operand of
// OpInplace as the constant C &^ KBit.
const KBit = 1 << 19

var opNames = map[Op]string{
	OpNop: "NOP", OpMove: "MOVE", OpLoadK: "LOADK", OpLoadNone: "LOADNONE",
	OpLoadGlobal: "LOADGLOBAL", OpStoreGlobal: "STOREGLOBAL", OpDelGlobal: "DELGLOBAL",
	OpLoadName: "LOADNAME", OpStoreName: "STORENAME", OpDelName: "DELNAME",
	OpLoadDeref: "LOADDEREF", OpStoreDeref: "STOREDEREF", OpDelDeref: "DELDEREF",
	OpLoadClassDeref: "LOADCLASSDEREF", OpCheckLocal: "CHECKLOCAL", OpDelLocal: "DELLOCAL",
	OpUnary: "UNARY", OpNot: "NOT",
	OpAdd: "ADD", OpSub: "SUB", OpMul: "MUL", OpTrueDiv: "TRUEDIV", OpFloorDiv: "FLOORDIV",
	OpMod: "MOD", OpPow: "POW", OpLShift: "LSHIFT", OpRShift: "RSHIFT", OpBitAnd: "BITAND",
	OpBitOr: "BITOR", OpBitXor: "BITXOR", OpMatMul: "MATMUL", OpInplace: "INPLACE",
	OpLt: "LT", OpLe: "LE", OpEq: "EQ", OpNe: "NE", OpGt: "GT", OpGe: "GE", OpIs: "IS",
	OpIsNot: "ISNOT", OpIn: "IN", OpNotIn: "NOTIN",
	OpJump: "JUMP", OpJumpIfFalse: "JUMPIFFALSE", OpJumpIfTrue: "JUMPIFTRUE",
	OpGetIter: "GETITER", OpForIter: "FORITER", OpGetAttr: "GETATTR", OpSetAttr: "SETATTR",
	OpDelAttr: "DELATTR", OpGetItem: "GETITEM", OpSetItem: "SETITEM", OpDelItem: "DELITEM",
	OpSlice: "SLICE", OpCall: "CALL", OpCallEx: "CALLEX", OpLoadMethod: "LOADMETHOD",
	OpReturn: "RETURN", OpYield: "YIELD",
	OpBuildList: "BUILDLIST", OpBuildTuple: "BUILDTUPLE", OpBuildSet: "BUILDSET",
	OpBuildDict: "BUILDDICT", OpListAppend: "LISTAPPEND", OpListExtend: "LISTEXTEND",
	OpSetAdd: "SETADD", OpDictSet: "DICTSET", OpDictUpdate: "DICTUPDATE",
	OpListToTuple: "LISTTOTUPLE", OpUnpack: "UNPACK", OpUnpackEx: "UNPACKEX",
	OpBuildStr: "BUILDSTR", OpFormat: "FORMAT", OpMakeFunc: "MAKEFUNC", OpMakeClass: "MAKECLASS",
	OpRaise: "RAISE", OpPopExcept: "POPEXCEPT", OpGetExc: "GETEXC", OpMatchExc: "MATCHEXC",
	OpAssert: "ASSERT", OpImport: "IMPORT", OpImportFrom: "IMPORTFROM", OpImportStar: "IMPORTSTAR",
	OpWithEnter: "WITHENTER", OpWithExit: "WITHEXIT", OpNewCell: "NEWCELL",
	OpCallMethod: "CALLMETHOD", OpGetYieldFromIter: "GETYIELDFROMITER", OpYieldFrom: "YIELDFROM",
	OpIfLt: "IFLT", OpIfLe: "IFLE", OpIfGt: "IFGT", OpIfGe: "IFGE", OpIfEq: "IFEQ", OpIfNe: "IFNE",
	OpGetSlice: "GETSLICE", OpIfIs: "IFIS", OpIfIsNot: "IFISNOT",
	OpCallGlobal: "CALLGLOBAL", OpGetSlice2: "GETSLICE2",
	OpGetAwaitable: "GETAWAITABLE", OpGetAIter: "GETAITER", OpGetANext: "GETANEXT",
	OpAsyncForIter: "ASYNCFORITER", OpAsyncWithEnter: "ASYNCWITHENTER",
	OpAsyncWithExit: "ASYNCWITHEXIT", OpAsyncWithCheck: "ASYNCWITHCHECK",
	OpDiscard: "DISCARD",
}

// String returns the op's mnemonic.
func (op Op) String() string {
	if n, ok := opNames[op]; ok {
		return n
	}
	return fmt.Sprintf("OP%d", op)
}

// JumpBias is added to signed jump offsets so they fit an unsigned field.
const JumpBias = 1 << 39

// ForIterBias is added to OpForIter's jump offset in C.
const ForIterBias = 1 << 19
