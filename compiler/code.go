package compiler

import (
	"math/big"
)

// Code is a compiled block: a module body, a function, a class body or a
// comprehension. Its constants are plain Go values (the VM turns them into
// its own values once, when it loads the code):
// nil (None), bool, int64, *big.Int, float64, complex128, string, Bytes,
// Ellipsis, []any (a tuple of constants) and *Code.
type Code struct {
	Name     string
	QualName string
	Filename string
	Kind     CodeKind
	Line     int // first line

	Instrs []Instr
	Lines  []int32 // source line of each instruction
	Consts []any
	Names  []string

	NumRegs int // registers: parameters first, then locals, then temporaries

	// Parameters, in register order: positional-only, positional,
	// keyword-only, *args, **kwargs.
	ParamNames []string
	PosOnly    int
	ArgCount   int // positional parameters, PosOnly included
	KwOnly     int
	VarArgs    bool
	VarKw      bool
	LocalNames []string // register names, for errors and locals()

	// Cells: CellNames are this frame's own cells (captured locals), then
	// FreeNames come from the closure. CellParams maps a parameter
	// register to the cell it must be copied into on entry (-1 when none).
	CellNames  []string
	FreeNames  []string
	CellParams []int
	// ClosureFrom says, for each free variable, which cell of the frame
	// that creates the function supplies it.
	ClosureFrom []int

	Generator bool
	Coroutine bool
	ExcTable  []ExcEntry

	// Defaults: how many default values and keyword-only defaults the
	// function object takes from the registers after the code constant.
	NumDefaults   int
	KwDefaultMask []bool
	Docstring     any
}

// CodeKind says what a Code object is the body of.
type CodeKind int

// The kinds of code.
const (
	ModuleCode CodeKind = iota
	FunctionCode
	ClassCode
	ComprehensionCode
)

// ExcEntry says that an exception raised by an instruction in [Start, End)
// jumps to Handler with the exception in register Reg.
type ExcEntry struct {
	Start, End, Handler, Reg int
	Push                     bool // the handler handles it: push it as the current exception
	Depth                    int  // nesting depth: the deepest covering entry wins
}

// Bytes is a bytes constant.
type Bytes string

// EllipsisType is the type of the Ellipsis constant.
type EllipsisType struct{}

// Ellipsis is the "..." constant.
var Ellipsis = EllipsisType{}

// BigInt is an alias kept for readability of constant tables.
type BigInt = *big.Int
