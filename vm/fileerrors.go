package vm

import (
	"errors"
	"io/fs"
	"strings"
	"syscall"
)

// This file gives OSError CPython's constructor and attributes:
// OSError(errno, strerror[, filename[, winerror[, filename2]]]) sets errno,
// strerror, filename and filename2, keeps (errno, strerror) as args, prints
// as "[Errno 2] No such file or directory: 'x'", and OSError itself picks
// the subclass its errno names (OSError(2, ...) is a FileNotFoundError).

// errnoClasses maps an errno to the OSError subclass CPython raises for it.
var errnoClasses = map[syscall.Errno]*Class{
	syscall.EAGAIN: BlockingIOErrorType, syscall.EALREADY: BlockingIOErrorType,
	syscall.EINPROGRESS: BlockingIOErrorType, syscall.ECHILD: ChildProcessErrorType,
	syscall.EPIPE: BrokenPipeErrorType, syscall.ESHUTDOWN: BrokenPipeErrorType,
	syscall.ECONNABORTED: ConnectionAbortedErrorType, syscall.ECONNREFUSED: ConnectionRefusedErrorType,
	syscall.ECONNRESET: ConnectionResetErrorType, syscall.EEXIST: FileExistsErrorType,
	syscall.ENOENT: FileNotFoundErrorType, syscall.EISDIR: IsADirectoryErrorType,
	syscall.ENOTDIR: NotADirectoryErrorType, syscall.EINTR: InterruptedErrorType,
	syscall.EACCES: PermissionErrorType, syscall.EPERM: PermissionErrorType,
	syscall.ESRCH: ProcessLookupErrorType, syscall.ETIMEDOUT: TimeoutErrorType,
}

func init() {
	d := OSErrorType.Dict
	for _, name := range []string{"errno", "strerror", "filename", "filename2"} {
		d.SetStr(name, None)
	}
	nw := newInstance(StaticMethodType)
	nw.NS().SetStr("__func__", NewBuiltin("__new__", osErrorNew))
	d.SetStr("__new__", InstValue(nw))
	d.SetStr("__str__", NewBuiltin("__str__", func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		if len(a) != 1 || a[0].kind != KInst || a[0].inst().Exc == nil {
			return Value{}, Errorf(TypeErrorType, "descriptor '__str__' of 'OSError' object needs an argument")
		}
		if s, ok := osErrorMessage(t, a[0].inst()); ok {
			return NewStr(s), nil
		}
		s, err := t.excStr(a[0].inst())
		return NewStr(s), err
	}))
}

// osErrorNew is OSError.__new__(cls, *args).
func osErrorNew(t *Thread, a []Value, kw *Kwargs) (Value, error) {
	if len(a) == 0 || a[0].kind != KClass {
		return Value{}, Errorf(TypeErrorType, "OSError.__new__(X): X is not a type object")
	}
	cls, args := a[0].class(), a[1:]
	if !cls.IsSubclass(OSErrorType) {
		return Value{}, Errorf(TypeErrorType, "OSError.__new__(%s): %s is not a subtype of OSError", cls.Name, cls.Name)
	}
	if cls == OSErrorType && len(args) >= 2 && args[0].kind == KInt {
		if sub, ok := errnoClasses[syscall.Errno(args[0].I())]; ok {
			cls = sub
		}
	}
	return InstValue(newOSErrorInst(cls, args)), nil
}

// newOSErrorInst makes an instance of an OSError class with CPython's
// handling of the arguments.
func newOSErrorInst(cls *Class, args []Value) *Instance {
	kept := args
	if len(args) >= 3 && len(args) <= 5 {
		kept = args[:2]
	}
	inst := allocExcInstance(cls, kept)
	if len(args) >= 2 && len(args) <= 5 {
		ns := inst.NS()
		ns.SetStr("errno", args[0])
		ns.SetStr("strerror", args[1])
		if len(args) >= 3 {
			ns.SetStr("filename", args[2])
		}
		if len(args) == 5 {
			ns.SetStr("filename2", args[4])
		}
	}
	return inst
}

// osErrorMessage is str() of an OSError that has errno and strerror.
func osErrorMessage(t *Thread, inst *Instance) (string, bool) {
	if inst.Exc == nil || !inst.Class.IsSubclass(OSErrorType) || inst.ns == nil {
		return "", false
	}
	errno, ok1 := inst.ns.GetStr("errno")
	strerror, ok2 := inst.ns.GetStr("strerror")
	if !ok1 || !ok2 {
		return "", false
	}
	es, err := t.str(errno)
	if err != nil {
		return "", false
	}
	ss, err := t.str(strerror)
	if err != nil {
		return "", false
	}
	s := "[Errno " + es + "] " + ss
	if fn, ok := inst.ns.GetStr("filename"); ok && fn.kind != KNone {
		r, err := t.repr(fn)
		if err != nil {
			return "", false
		}
		s += ": " + r
		if fn2, ok := inst.ns.GetStr("filename2"); ok && fn2.kind != KNone {
			r2, err := t.repr(fn2)
			if err != nil {
				return "", false
			}
			s += " -> " + r2
		}
	}
	return s, true
}

// NewOSError makes the OSError subclass CPython raises for errno, with
// errno, strerror and, when one is given, filename set.
func NewOSError(errno int, strerror string, filename ...string) *Exception {
	cls := OSErrorType
	if sub, ok := errnoClasses[syscall.Errno(errno)]; ok {
		cls = sub
	}
	args := []Value{Int(int64(errno)), NewStr(strerror)}
	if len(filename) > 0 {
		args = append(args, NewStr(filename[0]))
	}
	return excError(newOSErrorInst(cls, args))
}

// OSErrorFrom turns a Go error from the os package into CPython's OSError
// subclass with its errno and message; a filename given is reported with it.
func OSErrorFrom(err error, filename ...string) *Exception {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return NewOSError(int(errno), strerror(errno), filename...)
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return NewOSError(int(syscall.ENOENT), strerror(syscall.ENOENT), filename...)
	case errors.Is(err, fs.ErrExist):
		return NewOSError(int(syscall.EEXIST), strerror(syscall.EEXIST), filename...)
	case errors.Is(err, fs.ErrPermission):
		return NewOSError(int(syscall.EACCES), strerror(syscall.EACCES), filename...)
	}
	return Errorf(OSErrorType, "%s", err.Error())
}

// strerror is C's strerror: Go's message with a capital letter.
func strerror(e syscall.Errno) string {
	s := e.Error()
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
