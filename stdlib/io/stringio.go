package io

import (
	"strings"

	"github.com/asl-lang/asl/vm"
)

// strFile is the text of a StringIO, kept as code points so that
// positions count characters as CPython's do.
type strFile struct {
	text      []rune
	pos       int
	newline   string // StringIO's newline argument ("\n" by default)
	universal bool   // newline=None
	closed    bool
}

// write writes s at the position and returns its length in characters.
func (s *strFile) write(str string) int {
	n := len([]rune(str))
	switch {
	case s.universal:
		str = translateNewlines(str)
	case s.newline == "\r" || s.newline == "\r\n":
		str = strings.ReplaceAll(str, "\n", s.newline)
	}
	rs := []rune(str)
	end := s.pos + len(rs)
	if s.pos > len(s.text) {
		s.text = append(s.text, make([]rune, s.pos-len(s.text))...)
	}
	if end > len(s.text) {
		s.text = append(s.text[:s.pos], rs...)
	} else {
		copy(s.text[s.pos:], rs)
	}
	s.pos = end
	return n
}

// read reads n characters (the rest when n < 0).
func (s *strFile) read(n int64) string {
	if s.pos >= len(s.text) {
		return ""
	}
	end := len(s.text)
	if n >= 0 && int64(s.pos)+n < int64(end) {
		end = s.pos + int(n)
	}
	out := string(s.text[s.pos:end])
	s.pos = end
	return out
}

// readLine reads a line, its ending included, at most limit characters
// when limit >= 0.
func (s *strFile) readLine(limit int64) string {
	start := s.pos
	end := len(s.text)
	if limit >= 0 && int64(start)+limit < int64(end) {
		end = start + int(limit)
	}
	i := start
	for i < end {
		c := s.text[i]
		i++
		if s.isLineEnd(c, i, end) {
			break
		}
	}
	if start >= len(s.text) {
		return ""
	}
	s.pos = i
	return string(s.text[start:i])
}

// isLineEnd reports whether a line ends with c (text[i-1]); it may take
// the \n of a \r\n when the newline mode is "".
func (s *strFile) isLineEnd(c rune, i, end int) bool {
	switch s.newline {
	case "\r":
		return c == '\r'
	case "\r\n":
		return c == '\n' && i >= 2 && s.text[i-2] == '\r'
	case "":
		return c == '\n' || c == '\r' && !(i < end && s.text[i] == '\n')
	}
	return c == '\n'
}

// seek moves to a character position, with StringIO's restrictions.
func (s *strFile) seek(off int64, whence int64) (int64, error) {
	switch whence {
	case 0:
		if off < 0 {
			return 0, vm.Errorf(vm.ValueErrorType, "Negative seek position %d", off)
		}
		s.pos = int(off)
	case 1:
		if off != 0 {
			return 0, vm.Errorf(vm.OSErrorType, "Can't do nonzero cur-relative seeks")
		}
	case 2:
		if off != 0 {
			return 0, vm.Errorf(vm.OSErrorType, "Can't do nonzero end-relative seeks")
		}
		s.pos = len(s.text)
	default:
		return 0, vm.Errorf(vm.ValueErrorType, "Invalid whence (%d, should be 0, 1 or 2)", whence)
	}
	return int64(s.pos), nil
}

// truncate cuts the text to size characters (the position by default).
func (s *strFile) truncate(size vm.Value) (int64, error) {
	n := int64(s.pos)
	if size.Kind() != vm.KNone {
		if !vm.IsInt(size) {
			return 0, vm.Errorf(vm.TypeErrorType, "'%s' object cannot be interpreted as an integer", vm.TypeName(size))
		}
		n = size.I()
		if n < 0 {
			return 0, vm.Errorf(vm.ValueErrorType, "Negative size value %d", n)
		}
	}
	if n < int64(len(s.text)) {
		s.text = s.text[:n]
	}
	return n, nil
}

// stringIOValue makes the Go side of a StringIO as a callable taking an
// operation's name and its arguments.
func stringIOValue(s *strFile) vm.Value {
	return vm.NewBuiltin("_io.stringio", func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		op := a[0].S()
		if op == "closed" {
			return vm.Bool(s.closed), nil
		}
		if s.closed {
			switch op {
			case "close":
				return vm.None, nil
			case "check": // the checks of IOBase's methods
				return vm.Value{}, errClosed()
			}
			// StringIO's own methods say it without the full stop
			return vm.Value{}, vm.Errorf(vm.ValueErrorType, "I/O operation on closed file")
		}
		switch op {
		case "check":
			return vm.None, nil
		case "close":
			s.closed = true
			s.text = nil
			return vm.None, nil
		case "write":
			if a[1].Kind() != vm.KStr {
				return vm.Value{}, vm.Errorf(vm.TypeErrorType, "string argument expected, got '%s'", vm.TypeName(a[1]))
			}
			return vm.Int(int64(s.write(a[1].S()))), nil
		case "read":
			n, err := sizeArg(a[1])
			if err != nil {
				return vm.Value{}, err
			}
			return vm.NewStr(s.read(n)), nil
		case "readline":
			n, err := sizeArg(a[1])
			if err != nil {
				return vm.Value{}, err
			}
			return vm.NewStr(s.readLine(n)), nil
		case "getvalue":
			return vm.NewStr(string(s.text)), nil
		case "tell":
			return vm.Int(int64(s.pos)), nil
		case "seek":
			if !vm.IsInt(a[1]) {
				return vm.Value{}, vm.Errorf(vm.TypeErrorType, "'%s' object cannot be interpreted as an integer", vm.TypeName(a[1]))
			}
			pos, err := s.seek(a[1].I(), a[2].I())
			return vm.Int(pos), err
		case "truncate":
			n, err := s.truncate(a[1])
			return vm.Int(n), err
		}
		return vm.Value{}, vm.Errorf(vm.ValueErrorType, "unknown StringIO operation %s", op)
	})
}

// sizeArg reads the size argument of read and readline: an int, or None
// for no limit.
func sizeArg(v vm.Value) (int64, error) {
	if v.Kind() == vm.KNone {
		return -1, nil
	}
	if !vm.IsInt(v) {
		return 0, vm.Errorf(vm.TypeErrorType, "argument should be integer or None, not '%s'", vm.TypeName(v))
	}
	b, err := vm.IntArg(v)
	if err != nil {
		return 0, err
	}
	if !b.IsInt64() {
		return 0, vm.Errorf(vm.OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return b.Int64(), nil
}
