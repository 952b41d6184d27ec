package vm

import (
	"fmt"
	"strings"
	"unsafe"
)

// ExcData is what an exception instance carries besides its attributes.
type ExcData struct {
	Args            []Value
	Traceback       []TBEntry // innermost last
	Cause, Context  Value
	SuppressContext bool
}

// TBEntry is one line of a traceback.
type TBEntry struct {
	Code *Code
	Line int
}

// Exception is an asl exception travelling through Go code as an error.
type Exception struct {
	Value      Value  // an *Instance of a BaseException subclass
	reraisedIn *frame // set by a re-raise: that frame is already in the traceback
}

// Error returns "Type: message".
func (e *Exception) Error() string {
	inst := e.Value.inst()
	msg := excMessage(inst)
	if msg == "" {
		return inst.Class.Name
	}
	return inst.Class.Name + ": " + msg
}

// excMessage is str() of an exception.
func excMessage(inst *Instance) string {
	if inst.Exc == nil {
		return ""
	}
	if s, ok := osErrorMessage(&Thread{}, inst); ok {
		return s
	}
	if inst.Class.IsSubclass(BaseExceptionGroupType) && len(inst.Exc.Args) == 2 {
		n, _ := groupLen(inst.Exc.Args[1])
		return fmt.Sprintf("%s (%d sub-exception%s)", plainStr(inst.Exc.Args[0]), n, plural(n))
	}
	switch len(inst.Exc.Args) {
	case 0:
		return ""
	case 1:
		if inst.Class.IsSubclass(KeyErrorType) {
			return plainRepr(inst.Exc.Args[0])
		}
		return plainStr(inst.Exc.Args[0])
	}
	return plainRepr(NewTuple(inst.Exc.Args))
}

// The exception hierarchy of SPEC.md.
var (
	BaseExceptionType       = excClass("BaseException", nil)
	ExceptionType           = excClass("Exception", BaseExceptionType)
	ArithmeticErrorType     = excClass("ArithmeticError", ExceptionType)
	ZeroDivisionErrorType   = excClass("ZeroDivisionError", ArithmeticErrorType)
	OverflowErrorType       = excClass("OverflowError", ArithmeticErrorType)
	LookupErrorType         = excClass("LookupError", ExceptionType)
	IndexErrorType          = excClass("IndexError", LookupErrorType)
	KeyErrorType            = excClass("KeyError", LookupErrorType)
	ValueErrorType          = excClass("ValueError", ExceptionType)
	TypeErrorType           = excClass("TypeError", ExceptionType)
	AttributeErrorType      = excClass("AttributeError", ExceptionType)
	NameErrorType           = excClass("NameError", ExceptionType)
	UnboundLocalErrorType   = excClass("UnboundLocalError", NameErrorType)
	RuntimeErrorType        = excClass("RuntimeError", ExceptionType)
	RecursionErrorType      = excClass("RecursionError", RuntimeErrorType)
	NotImplementedErrorType = excClass("NotImplementedError", RuntimeErrorType)
	StopIterationType       = excClass("StopIteration", ExceptionType)
	StopAsyncIterationType  = excClass("StopAsyncIteration", ExceptionType)
	AssertionErrorType      = excClass("AssertionError", ExceptionType)
	ImportErrorType         = excClass("ImportError", ExceptionType)
	ModuleNotFoundErrorType = excClass("ModuleNotFoundError", ImportErrorType)
	OSErrorType             = excClass("OSError", ExceptionType)
	FileNotFoundErrorType   = excClass("FileNotFoundError", OSErrorType)
	TimeoutErrorType        = excClass("TimeoutError", OSErrorType)
	KeyboardInterruptType   = excClass("KeyboardInterrupt", BaseExceptionType)
	SystemExitType          = excClass("SystemExit", BaseExceptionType)
	GeneratorExitType       = excClass("GeneratorExit", BaseExceptionType)
	UnicodeErrorType        = excClass("UnicodeError", ValueErrorType)
)

// More of CPython's built-in exceptions.
var (
	UnicodeEncodeErrorType     = excClass("UnicodeEncodeError", UnicodeErrorType)
	UnicodeDecodeErrorType     = excClass("UnicodeDecodeError", UnicodeErrorType)
	ConnectionErrorType        = excClass("ConnectionError", OSErrorType)
	BrokenPipeErrorType        = excClass("BrokenPipeError", ConnectionErrorType)
	ConnectionAbortedErrorType = excClass("ConnectionAbortedError", ConnectionErrorType)
	ConnectionRefusedErrorType = excClass("ConnectionRefusedError", ConnectionErrorType)
	ConnectionResetErrorType   = excClass("ConnectionResetError", ConnectionErrorType)
	FileExistsErrorType        = excClass("FileExistsError", OSErrorType)
	IsADirectoryErrorType      = excClass("IsADirectoryError", OSErrorType)
	NotADirectoryErrorType     = excClass("NotADirectoryError", OSErrorType)
	PermissionErrorType        = excClass("PermissionError", OSErrorType)
	InterruptedErrorType       = excClass("InterruptedError", OSErrorType)
	ProcessLookupErrorType     = excClass("ProcessLookupError", OSErrorType)
	ChildProcessErrorType      = excClass("ChildProcessError", OSErrorType)
	BlockingIOErrorType        = excClass("BlockingIOError", OSErrorType)
	FloatingPointErrorType     = excClass("FloatingPointError", ArithmeticErrorType)
	BufferErrorType            = excClass("BufferError", ExceptionType)
	MemoryErrorType            = excClass("MemoryError", ExceptionType)
	ReferenceErrorType         = excClass("ReferenceError", ExceptionType)
	SyntaxErrorType            = excClass("SyntaxError", ExceptionType)
	IndentationErrorType       = excClass("IndentationError", SyntaxErrorType)
	TabErrorType               = excClass("TabError", IndentationErrorType)
	WarningType                = excClass("Warning", ExceptionType)
	UserWarningType            = excClass("UserWarning", WarningType)
	DeprecationWarningType     = excClass("DeprecationWarning", WarningType)
	RuntimeWarningType         = excClass("RuntimeWarning", WarningType)
	BaseExceptionGroupType     = excClass("BaseExceptionGroup", BaseExceptionType)
	ExceptionGroupType         = newExceptionGroupClass()
)

// moreExceptions are the classes above, for the builtins namespace.
var moreExceptions = []*Class{
	UnicodeEncodeErrorType, UnicodeDecodeErrorType, ConnectionErrorType, BrokenPipeErrorType,
	ConnectionAbortedErrorType, ConnectionRefusedErrorType, ConnectionResetErrorType,
	FileExistsErrorType, IsADirectoryErrorType, NotADirectoryErrorType, PermissionErrorType,
	InterruptedErrorType, ProcessLookupErrorType, ChildProcessErrorType, BlockingIOErrorType,
	FloatingPointErrorType, BufferErrorType, MemoryErrorType, ReferenceErrorType,
	SyntaxErrorType, IndentationErrorType, TabErrorType, WarningType, UserWarningType,
	DeprecationWarningType, RuntimeWarningType, BaseExceptionGroupType, ExceptionGroupType,
}

// newExceptionGroupClass makes ExceptionGroup, which derives from both
// BaseExceptionGroup and Exception in CPython; asl has single
// inheritance, so its MRO lists both.
func newExceptionGroupClass() *Class {
	c := excClass("ExceptionGroup", ExceptionType)
	c.MRO = []*Class{c, BaseExceptionGroupType, ExceptionType, BaseExceptionType, ObjectType}
	return c
}

func excClass(name string, base *Class) *Class {
	if base == nil {
		base = ObjectType
	}
	c := newClass(name, base, KInst)
	c.IsExc = true
	return c
}

// NewException makes an exception instance of class c with args.
func NewException(c *Class, args ...Value) *Exception {
	return excError(allocExcInstance(c, args))
}

// excError is the error that raises inst, an exception instance: the
// wrapper allocated with it, reset (only the exception in flight uses it;
// re-raises make their own).
func excError(inst *Instance) *Exception {
	// The instance is an excInstance exactly when its exception data sits
	// where that layout puts it (compared as numbers, not pointers).
	if uintptr(unsafe.Pointer(inst.Exc)) != uintptr(unsafe.Pointer(inst))+unsafe.Offsetof(excInstance{}.exc) {
		return &Exception{Value: InstValue(inst)}
	}
	x := (*excInstance)(unsafe.Pointer(inst))
	x.err = Exception{Value: InstValue(inst)}
	return &x.err
}

// excInstance is an exception instance with its exception data, room for
// a short traceback and a single argument, in one allocation.
type excInstance struct {
	Instance
	err Exception
	exc ExcData
	tb  [2]TBEntry
	arg [1]Value
}

// allocExcInstance makes an instance of the exception class c with a copy
// of args (which may alias registers).
func allocExcInstance(c *Class, args []Value) *Instance {
	x := &excInstance{}
	inst := &x.Instance
	inst.Class = c
	x.exc = ExcData{Cause: None, Context: None, Traceback: x.tb[:0]}
	switch len(args) {
	case 0:
	case 1:
		x.arg[0] = args[0]
		x.exc.Args = x.arg[:]
	default:
		x.exc.Args = append([]Value(nil), args...)
	}
	inst.Exc = &x.exc
	return inst
}

// Errorf makes an exception of class c with a formatted message.
func Errorf(c *Class, format string, args ...any) *Exception {
	if len(args) == 0 && !strings.Contains(format, "%") {
		return NewException(c, NewStr(format))
	}
	return NewException(c, NewStr(fmt.Sprintf(format, args...)))
}

// asException turns any error into an asl exception.
func asException(err error) *Exception {
	if e, ok := err.(*Exception); ok {
		return e
	}
	return Errorf(RuntimeErrorType, "internal error: %v", err)
}

// FormatTraceback renders an exception as CPython prints an uncaught one,
// chained exceptions first.
func FormatTraceback(t *Thread, exc Value) string {
	var b strings.Builder
	formatChain(t, &b, exc, map[*Instance]bool{})
	return b.String()
}

func formatChain(t *Thread, b *strings.Builder, exc Value, seen map[*Instance]bool) {
	inst := exc.inst()
	seen[inst] = true
	if d := inst.Exc; d != nil {
		if d.Cause.kind == KInst && !seen[d.Cause.inst()] {
			formatChain(t, b, d.Cause, seen)
			b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
		} else if d.Context.kind == KInst && !d.SuppressContext && !seen[d.Context.inst()] {
			formatChain(t, b, d.Context, seen)
			b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
		}
	}
	if inst.Exc != nil && len(inst.Exc.Traceback) > 0 {
		b.WriteString("Traceback (most recent call last):\n")
		// Entries are recorded innermost first, as the exception unwinds.
		tb := inst.Exc.Traceback
		for i := len(tb) - 1; i >= 0; i-- {
			e := tb[i]
			fmt.Fprintf(b, "  File \"%s\", line %d, in %s\n", e.Code.Filename, e.Line, e.Code.Name)
			if line := t.sourceLine(e.Code.Filename, e.Line); line != "" {
				fmt.Fprintf(b, "    %s\n", line)
			}
		}
	}
	msg := excMessage(inst)
	if _, custom := inst.Class.Lookup("__str__"); custom && t != nil {
		if s, err := t.str(exc); err == nil {
			msg = s
		} else {
			msg = "<exception str() failed>"
		}
	}
	name := inst.Class.Name
	if inst.Class.Module != "builtins" && inst.Class.Module != "" {
		name = inst.Class.Module + "." + name
	}
	if msg == "" {
		fmt.Fprintf(b, "%s\n", name)
	} else {
		fmt.Fprintf(b, "%s: %s\n", name, msg)
	}
}

// SystemExitCode interprets an uncaught SystemExit: the exit status, and
// the message CPython prints for a non-integer code.
func SystemExitCode(t *Thread, exc *Exception) (int, bool) {
	inst := exc.Value.inst()
	if !inst.Class.IsSubclass(SystemExitType) {
		return 0, false
	}
	var code Value = None
	if len(inst.Exc.Args) == 1 {
		code = inst.Exc.Args[0]
	} else if len(inst.Exc.Args) > 1 {
		code = NewTuple(inst.Exc.Args)
	}
	switch code.kind {
	case KNone:
		return 0, true
	case KInt, KBool:
		return int(code.I() & 0xFF), true
	}
	s, _ := t.str(code)
	fmt.Fprintln(t.Stderr, s)
	return 1, true
}

// groupLen is the number of exceptions of an exception group's list.
func groupLen(v Value) (int, bool) {
	if v.kind == KList || v.kind == KTuple {
		return len(seqItems(v)), true
	}
	return 0, false
}

// ctorExceptionGroup is ExceptionGroup(message, exceptions).
func ctorExceptionGroup(t *Thread, cls *Class, args []Value, kw *Kwargs) (Value, error) {
	if len(args) != 2 {
		return Value{}, Errorf(TypeErrorType, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
	}
	if args[0].kind != KStr {
		return Value{}, Errorf(TypeErrorType, "argument 1 must be str, not %s", typeName(args[0]))
	}
	n, ok := groupLen(args[1])
	if !ok {
		return Value{}, Errorf(TypeErrorType, "second argument (exceptions) must be a sequence")
	}
	if n == 0 {
		return Value{}, Errorf(ValueErrorType, "second argument (exceptions) must be a non-empty sequence")
	}
	for i, e := range seqItems(args[1]) {
		if e.kind != KInst || !e.inst().Class.IsExc {
			return Value{}, Errorf(ValueErrorType, "Item %d of second argument (exceptions) is not an exception", i)
		}
	}
	// As CPython: BaseExceptionGroup of Exceptions only is an
	// ExceptionGroup, and an ExceptionGroup refuses BaseExceptions.
	allExc := true
	for _, e := range seqItems(args[1]) {
		if !e.inst().Class.IsSubclass(ExceptionType) {
			allExc = false
		}
	}
	if cls == BaseExceptionGroupType && allExc {
		cls = ExceptionGroupType
	} else if !allExc && cls.IsSubclass(ExceptionType) {
		return Value{}, Errorf(TypeErrorType, "Cannot nest BaseExceptions in an ExceptionGroup")
	}
	inst := newInstance(cls)
	inst.Exc.Args = []Value{args[0], args[1]}
	return InstValue(inst), nil
}

// IsKeyboardInterrupt reports whether exc is a KeyboardInterrupt.
func IsKeyboardInterrupt(exc *Exception) bool {
	return exc.Value.inst().Class.IsSubclass(KeyboardInterruptType)
}
