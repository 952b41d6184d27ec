package io

import (
	"os"

	"github.com/asl-lang/asl/vm"
)

// handleValue wraps a handle as the callable io.asl keeps: h(op, args…)
// runs one operation ("read", "twrite", "seek"…). Every operation but
// "closed" and "close" fails on a closed handle.
func handleValue(h *handle) vm.Value {
	return vm.NewBuiltin("_io.handle", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		op := a[0].S()
		switch op {
		case "closed":
			return vm.Bool(h.closed), nil
		case "close":
			return vm.None, h.close()
		}
		if h.closed {
			return vm.Value{}, errClosed()
		}
		return h.do(op, a[1:])
	})
}

// do runs an operation on an open handle.
func (h *handle) do(op string, a []vm.Value) (vm.Value, error) {
	switch op {
	case "check":
		return vm.None, nil
	case "read", "readline", "tread", "treadline":
		n, err := sizeArg(a[0])
		if err != nil {
			return vm.Value{}, err
		}
		return h.readOp(op, n)
	case "write":
		b, ok := vm.BytesOf(a[0])
		if !ok {
			return vm.Value{}, vm.Errorf(vm.TypeErrorType, "a bytes-like object is required, not '%s'", vm.TypeName(a[0]))
		}
		n, err := h.write(b)
		return vm.Int(int64(n)), err
	case "twrite":
		if a[0].Kind() != vm.KStr {
			return vm.Value{}, vm.Errorf(vm.TypeErrorType, "write() argument must be str, not %s", vm.TypeName(a[0]))
		}
		b, err := h.text.encode(a[0].S())
		if err != nil {
			return vm.Value{}, err
		}
		if _, err := h.write(b); err != nil {
			return vm.Value{}, err
		}
		return vm.Int(int64(len([]rune(a[0].S())))), nil
	case "text":
		return vm.None, h.configure(a)
	case "tell":
		pos, err := h.tell()
		return vm.Int(pos), err
	case "seek":
		pos, err := h.seek(a[0].I(), int(a[1].I()))
		return vm.Int(pos), err
	case "truncate":
		return h.truncate(a[0])
	case "flush":
		if f, ok := h.out.(interface{ Flush() error }); ok {
			f.Flush()
		}
		return vm.None, nil
	case "fileno":
		if h.file == nil {
			return vm.Value{}, vm.Errorf(vm.OSErrorType, "fileno")
		}
		return vm.Int(int64(h.file.Fd())), nil
	case "isatty":
		if h.file == nil {
			return vm.Bool(false), nil
		}
		st, err := h.file.Stat()
		return vm.Bool(err == nil && st.Mode()&os.ModeCharDevice != 0), nil
	case "getvalue":
		if m, ok := h.f.(*memFile); ok {
			return vm.NewBytes(append([]byte(nil), m.data...)), nil
		}
	}
	return vm.Value{}, vm.Errorf(vm.ValueErrorType, "unknown file operation %s", op)
}

// readOp runs read, readline (bytes) or tread, treadline (text).
func (h *handle) readOp(op string, n int64) (vm.Value, error) {
	switch op {
	case "read":
		b, err := h.readBytes(n)
		return vm.NewBytes(b), err
	case "readline":
		b, err := h.readLineBytes(n)
		return vm.NewBytes(b), err
	case "tread":
		s, err := h.text.readText(h.reader(), n)
		if err != nil {
			return vm.Value{}, h.osErr(err)
		}
		return vm.NewStr(s), nil
	}
	s, err := h.text.readLine(h.reader(), n)
	if err != nil {
		return vm.Value{}, h.osErr(err)
	}
	return vm.NewStr(s), nil
}

// configure is "text": the codec, error handler and newline mode of a
// text file over this handle.
func (h *handle) configure(a []vm.Value) error {
	c := textConfig{codec: "utf-8", errors: "strict", universal: true}
	if a[0].Kind() == vm.KStr {
		codec, ok := codecOf(a[0].S())
		if !ok {
			return vm.Errorf(vm.LookupErrorType, "unknown encoding: %s", a[0].S())
		}
		c.codec = codec
	}
	if a[1].Kind() == vm.KStr {
		c.errors = a[1].S()
	}
	if a[2].Kind() == vm.KStr {
		c.newline, c.universal = a[2].S(), false
	}
	h.text = c
	return nil
}

// truncate cuts the file at size (the position when None) and returns it.
func (h *handle) truncate(size vm.Value) (vm.Value, error) {
	if h.f == nil {
		return vm.Value{}, vm.NewOSError(22, "Invalid argument")
	}
	var n int64
	if size.Kind() == vm.KNone {
		pos, err := h.tell()
		if err != nil {
			return vm.Value{}, err
		}
		n = pos
	} else {
		if !vm.IsInt(size) {
			return vm.Value{}, vm.Errorf(vm.TypeErrorType, "'%s' object cannot be interpreted as an integer", vm.TypeName(size))
		}
		n = size.I()
		if n < 0 {
			if _, ok := h.f.(*memFile); ok {
				return vm.Value{}, vm.Errorf(vm.ValueErrorType, "negative size value %d", n)
			}
			return vm.Value{}, vm.NewOSError(22, "Invalid argument")
		}
	}
	if err := h.unread(); err != nil {
		return vm.Value{}, err
	}
	if err := h.f.Truncate(n); err != nil {
		return vm.Value{}, h.osErr(err)
	}
	return vm.Int(n), nil
}
