// Package io is asl's io module and its open() built-in: the file classes
// of CPython's _io (TextIOWrapper, BufferedReader, BufferedWriter,
// BufferedRandom, StringIO, BytesIO) written in asl (io.asl) over Go
// handles (the private _io module of this package).
package io

import (
	_ "embed"
	goio "io"
	"os"

	"github.com/asl-lang/asl/vm"
)

//go:embed io.asl
var src string

func init() {
	vm.RegisterSourceModule("io", src)
	vm.RegisterModule("_io", func(t *vm.Thread) vm.Value {
		d := vm.NewDict().Dict()
		d.SetStr("open", vm.NewBuiltin("open", openHandle))
		d.SetStr("bytesio", vm.NewBuiltin("bytesio", newBytesIO))
		d.SetStr("stringio", vm.NewBuiltin("stringio", newStringIO))
		d.SetStr("codec", vm.NewBuiltin("codec", codec))
		return vm.NewModule("_io", d)
	})
	vm.RegisterBuiltin("open", vm.NewBuiltin("open", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		m, err := t.Import("io")
		if err != nil {
			return vm.Value{}, err
		}
		fn, err := t.GetAttr(m, "open")
		if err != nil {
			return vm.Value{}, err
		}
		return t.Call(fn, a, kw)
	}))
}

// openHandle is _io.open(path, kind, plus): the handle of a file opened
// for one of the kinds r w a x, for reading and writing with plus.
func openHandle(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if err := t.Require(vm.CapFiles, "open"); err != nil {
		return vm.Value{}, err
	}
	if len(a) != 3 || a[1].Kind() != vm.KStr || len(a[1].S()) != 1 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "_io.open(path, kind, plus)")
	}
	var f *os.File
	name := ""
	switch a[0].Kind() {
	case vm.KStr:
		name = a[0].S()
		if name == "" {
			return vm.Value{}, vm.NewOSError(2, "No such file or directory", "")
		}
		var err error
		if f, err = openFile(name, a[1].S()[0], a[2].Kind() == vm.KBool && a[2].I() != 0); err != nil {
			return vm.Value{}, err
		}
	default:
		if !vm.IsInt(a[0]) {
			return vm.Value{}, vm.Errorf(vm.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", vm.TypeName(a[0]))
		}
		fd := a[0].I()
		if fd < 0 {
			return vm.Value{}, vm.Errorf(vm.ValueErrorType, "negative file descriptor")
		}
		f = os.NewFile(uintptr(fd), "")
		if f == nil {
			return vm.Value{}, vm.NewOSError(9, "Bad file descriptor")
		}
	}
	return handleValue(&handle{name: name, f: unlocked{f, t}, file: f}), nil
}

// unlocked is a file whose reads and writes let go of the VM lock while
// they wait, so that other threads run meanwhile (as CPython releases the
// GIL around I/O).
type unlocked struct {
	*os.File
	t *vm.Thread
}

func (u unlocked) Read(b []byte) (n int, err error) {
	u.t.Blocking(func() { n, err = u.File.Read(b) })
	return n, err
}

func (u unlocked) Write(b []byte) (n int, err error) {
	u.t.Blocking(func() { n, err = u.File.Write(b) })
	return n, err
}

// newBytesIO is _io.bytesio(initial): the handle of a BytesIO.
func newBytesIO(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	m := &memFile{}
	if len(a) == 1 && a[0].Kind() != vm.KNone {
		b, ok := vm.BytesOf(a[0])
		if !ok {
			return vm.Value{}, vm.Errorf(vm.TypeErrorType, "a bytes-like object is required, not '%s'", vm.TypeName(a[0]))
		}
		m.data = append([]byte(nil), b...)
	}
	return handleValue(&handle{f: m}), nil
}

// newStringIO is _io.stringio(initial, newline): the Go side of a
// StringIO.
func newStringIO(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	s := &strFile{newline: "\n"}
	if len(a) == 2 {
		if a[1].Kind() == vm.KNone {
			s.universal = true
		} else {
			s.newline = a[1].S()
		}
		if a[0].Kind() == vm.KStr {
			s.write(a[0].S())
			s.pos = 0
		}
	}
	return stringIOValue(s), nil
}

// codec is _io.codec(name): the name asl's codecs know name by, or None.
func codec(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 || a[0].Kind() != vm.KStr {
		return vm.None, nil
	}
	if c, ok := codecOf(a[0].S()); ok {
		return vm.NewStr(c), nil
	}
	return vm.None, nil
}

// StdStream is the handle of sys.stdin (fd 0, reading the VM's standard
// input) or of sys.stdout and sys.stderr (fd 1 and 2, writing to w).
func StdStream(fd int, w goio.Writer) vm.Value {
	h := &handle{stdin: fd == 0, out: w}
	h.text = textConfig{codec: "utf-8", errors: "strict", universal: true}
	switch fd {
	case 0:
		h.name, h.file = "<stdin>", os.Stdin
	case 1:
		h.name, h.file = "<stdout>", os.Stdout
	default:
		h.name, h.file = "<stderr>", os.Stderr
	}
	return handleValue(h)
}
