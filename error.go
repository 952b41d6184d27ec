package asl

import (
	"fmt"
	"strings"

	"github.com/asl-lang/asl/parser"
	"github.com/asl-lang/asl/vm"
)

// Error is an asl exception that reached Go: its type name, its message,
// and the traceback asl would print.
type Error struct {
	Type      string // the exception's class name: "ValueError"…
	Msg       string // str() of the exception
	Traceback string // the traceback as asl prints it (ending with Type: Msg)
}

// Error is "Type: Msg", or Type alone for an exception without a message.
func (e *Error) Error() string {
	if e.Msg == "" {
		return e.Type
	}
	return e.Type + ": " + e.Msg
}

// wrap turns an error from the VM into an *Error.
func (in *Interp) wrap(err error) error {
	exc, ok := vm.ExceptionValue(err)
	if !ok {
		return err
	}
	e := &Error{Type: vm.TypeName(exc), Traceback: vm.FormatTraceback(in.t, exc)}
	if s, serr := in.t.Call(vm.ClassValue(vm.StrType), []vm.Value{exc}, nil); serr == nil && s.Kind() == vm.KStr {
		e.Msg = s.S()
	}
	return e
}

// syntaxError turns a parse or compile error into an *Error whose
// traceback is the SyntaxError as asl prints it.
func (in *Interp) syntaxError(err error) error {
	if se, ok := parser.AsSyntaxError(err); ok {
		return &Error{Type: se.Kind, Msg: se.Msg, Traceback: se.Format()}
	}
	return &Error{Type: "SyntaxError", Msg: strings.TrimSpace(fmt.Sprint(err))}
}
