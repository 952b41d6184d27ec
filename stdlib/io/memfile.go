package io

import (
	goio "io"

	"github.com/asl-lang/asl/vm"
)

// memFile is the memory of a BytesIO: a growable file.
type memFile struct {
	data []byte
	pos  int64
}

// Read reads from the position.
func (m *memFile) Read(p []byte) (int, error) {
	if m.pos >= int64(len(m.data)) {
		return 0, goio.EOF
	}
	n := copy(p, m.data[m.pos:])
	m.pos += int64(n)
	return n, nil
}

// Write writes at the position, filling a gap past the end with zeros.
func (m *memFile) Write(p []byte) (int, error) {
	end := m.pos + int64(len(p))
	if end > int64(len(m.data)) {
		if end > int64(cap(m.data)) {
			grown := make([]byte, len(m.data), 2*end)
			copy(grown, m.data)
			m.data = grown
		}
		old := len(m.data)
		m.data = m.data[:end]
		clear(m.data[old:])
	}
	copy(m.data[m.pos:], p)
	m.pos = end
	return len(p), nil
}

// Seek moves the position; it may go past the end.
func (m *memFile) Seek(off int64, whence int) (int64, error) {
	switch whence {
	case goio.SeekStart:
		if off < 0 {
			return 0, vm.Errorf(vm.ValueErrorType, "negative seek value %d", off)
		}
	case goio.SeekCurrent:
		off = max(off+m.pos, 0)
	default:
		off = max(off+int64(len(m.data)), 0)
	}
	m.pos = off
	return off, nil
}

// Truncate cuts the data to size bytes.
func (m *memFile) Truncate(size int64) error {
	if size < int64(len(m.data)) {
		m.data = m.data[:size]
	}
	return nil
}
