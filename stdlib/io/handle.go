package io

import (
	"bufio"
	"errors"
	goio "io"
	"os"
	"runtime"
	"syscall"
	"time"

	"github.com/asl-lang/asl/vm"
)

// store is what a handle reads and writes: an *os.File or a BytesIO's
// memory.
type store interface {
	goio.Reader
	goio.Writer
	goio.Seeker
	Truncate(size int64) error
}

// handle is the Go side of a file object: the asl classes of io.asl hold
// it as a callable (see handleValue), so that it is closed by the garbage
// collector (through *os.File's finalizer) when the file object is.
type handle struct {
	name   string
	f      store         // nil for the standard streams
	file   *os.File      // f when it is a real file
	r      *bufio.Reader // read buffer over f, made when first needed
	out    goio.Writer   // sys.stdout and sys.stderr write here
	stdin  bool          // reads come from the VM's standard input
	closed bool
	text   textConfig
}

// errClosed is CPython's error for an operation on a closed file.
func errClosed() error { return vm.Errorf(vm.ValueErrorType, "I/O operation on closed file.") }

// reader is the buffered reader of h.
func (h *handle) reader() *bufio.Reader {
	if h.stdin {
		return vm.StdinReader()
	}
	if h.r == nil {
		h.r = bufio.NewReader(h.f)
	}
	return h.r
}

// unread gives back what the read buffer holds but the program has not
// read, so that the position of f is the program's position.
func (h *handle) unread() error {
	if h.r == nil || h.f == nil {
		return nil
	}
	if n := h.r.Buffered(); n > 0 {
		if _, err := h.f.Seek(int64(-n), goio.SeekCurrent); err != nil {
			return h.osErr(err)
		}
	}
	h.r.Reset(h.f)
	return nil
}

// osErr turns a Go error into CPython's exception.
func (h *handle) osErr(err error) error {
	if e, ok := err.(*vm.Exception); ok {
		return e
	}
	var e *os.PathError
	if errors.As(err, &e) {
		err = e.Err
	}
	return vm.OSErrorFrom(err)
}

// write writes bytes at the program's position.
func (h *handle) write(b []byte) (int, error) {
	if h.out != nil {
		return h.out.Write(b)
	}
	if h.f == nil {
		return 0, vm.NewOSError(int(syscall.EBADF), "Bad file descriptor")
	}
	if err := h.unread(); err != nil {
		return 0, err
	}
	n, err := h.f.Write(b)
	if err != nil {
		return n, h.osErr(err)
	}
	return n, nil
}

// tell is the program's position in the file.
func (h *handle) tell() (int64, error) {
	if h.f == nil {
		return 0, vm.NewOSError(int(syscall.ESPIPE), "Illegal seek")
	}
	pos, err := h.f.Seek(0, goio.SeekCurrent)
	if err != nil {
		return 0, h.osErr(err)
	}
	if h.r != nil {
		pos -= int64(h.r.Buffered())
	}
	return pos, nil
}

// seek moves the position as lseek does and returns the new one.
func (h *handle) seek(off int64, whence int) (int64, error) {
	if h.f == nil {
		return 0, vm.NewOSError(int(syscall.ESPIPE), "Illegal seek")
	}
	if whence < 0 || whence > 2 {
		return 0, vm.Errorf(vm.ValueErrorType, "invalid whence (%d, should be 0, 1 or 2)", whence)
	}
	if err := h.unread(); err != nil {
		return 0, err
	}
	pos, err := h.f.Seek(off, whence)
	if err != nil {
		return 0, h.osErr(err)
	}
	return pos, nil
}

// readBytes reads n bytes (all that is left when n < 0), fewer at the end.
func (h *handle) readBytes(n int64) ([]byte, error) {
	r := h.reader()
	if n < 0 {
		b, err := goio.ReadAll(r)
		if err != nil {
			return b, h.osErr(err)
		}
		return b, nil
	}
	b := make([]byte, n)
	k, err := goio.ReadFull(r, b)
	if err != nil && err != goio.EOF && err != goio.ErrUnexpectedEOF {
		return b[:k], h.osErr(err)
	}
	return b[:k], nil
}

// readLineBytes reads up to and including b'\n', at most limit bytes
// when limit >= 0.
func (h *handle) readLineBytes(limit int64) ([]byte, error) {
	r := h.reader()
	var line []byte
	for limit < 0 || int64(len(line)) < limit {
		c, err := r.ReadByte()
		if err == goio.EOF {
			break
		}
		if err != nil {
			return line, h.osErr(err)
		}
		line = append(line, c)
		if c == '\n' {
			break
		}
	}
	return line, nil
}

// close closes the file (the standard streams stay open underneath).
func (h *handle) close() error {
	if h.closed {
		return nil
	}
	h.closed = true
	if f, ok := h.out.(interface{ Flush() error }); ok {
		f.Flush()
	}
	if h.file != nil && h.file != os.Stdin && h.file != os.Stdout && h.file != os.Stderr {
		if err := h.file.Close(); err != nil {
			return h.osErr(err)
		}
	}
	return nil
}

// openFile opens a file for a mode of open() (one of r w a x, and plus).
func openFile(name string, kind byte, plus bool) (*os.File, error) {
	flags := os.O_RDONLY
	if plus {
		flags = os.O_RDWR
	} else if kind != 'r' {
		flags = os.O_WRONLY
	}
	switch kind {
	case 'w':
		flags |= os.O_CREATE | os.O_TRUNC
	case 'a':
		flags |= os.O_CREATE | os.O_APPEND
	case 'x':
		flags |= os.O_CREATE | os.O_EXCL
	}
	var f *os.File
	var err error
	for try := 0; try < 4; try++ {
		f, err = os.OpenFile(name, flags, 0o666)
		if !errors.Is(err, syscall.EMFILE) {
			break
		}
		// Files the program dropped without closing are closed by the
		// collector: make it run, then try again.
		runtime.GC()
		time.Sleep(time.Duration(try+1) * time.Millisecond)
	}
	if err != nil {
		var e *os.PathError
		if errors.As(err, &e) {
			err = e.Err
		}
		return nil, vm.OSErrorFrom(err, name)
	}
	if st, err := f.Stat(); err == nil && st.IsDir() {
		f.Close()
		return nil, vm.NewOSError(int(syscall.EISDIR), "Is a directory", name)
	}
	if kind == 'a' {
		f.Seek(0, goio.SeekEnd)
	}
	return f, nil
}
