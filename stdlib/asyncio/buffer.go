package asyncio

import (
	"bytes"
	"unsafe"

	"github.com/asl-lang/asl/vm"
)

// byteBuffer is the Go state of the buffer a StreamReader keeps its
// unread bytes in (asl has no bytearray): bytes are appended at the end
// and taken from the front, without copying what stays.
type byteBuffer struct {
	slot vm.Value
	b    []byte
	off  int // start of the unread bytes in b
}

func (bb *byteBuffer) data() []byte { return bb.b[bb.off:] }

// take removes and returns the first n bytes.
func (bb *byteBuffer) take(n int) []byte {
	d := bb.data()
	n = min(max(n, 0), len(d))
	if n == len(d) && bb.off == 0 {
		// All of it: hand the slice over (bytes are immutable, and the
		// buffer starts afresh).
		bb.b = nil
		return d
	}
	out := append([]byte(nil), d[:n]...)
	bb.off += n
	if bb.off == len(bb.b) {
		bb.b, bb.off = bb.b[:0], 0
	} else if bb.off > 1<<16 && bb.off > len(bb.b)/2 {
		bb.b = append(bb.b[:0], bb.b[bb.off:]...)
		bb.off = 0
	}
	return out
}

// bufferMethods are the methods of asyncio's _Buffer class.
func (st *modState) bufferMethods() map[string]vm.BuiltinFunc {
	self := func(a []vm.Value, n int, name string) (*byteBuffer, error) {
		if len(a) != n+1 {
			return nil, vm.Errorf(vm.TypeErrorType, "%s() takes %d arguments (%d given)", name, n, len(a)-1)
		}
		if p := vm.Native(a[0]); p != nil {
			return (*byteBuffer)(p), nil
		}
		return nil, vm.Errorf(vm.TypeErrorType, "not a stream buffer")
	}
	bytesArg := func(v vm.Value, what string) ([]byte, error) {
		b, ok := vm.BytesOf(v)
		if !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "%s must be bytes, not %s", what, vm.TypeName(v))
		}
		return b, nil
	}
	return map[string]vm.BuiltinFunc{
		"_init": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			bb := &byteBuffer{}
			vm.SetNativeIn(a[0], unsafe.Pointer(bb), &bb.slot)
			return vm.None, nil
		},
		"__len__": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			bb, err := self(a, 0, "__len__")
			if err != nil {
				return vm.Value{}, err
			}
			return vm.Int(int64(len(bb.data()))), nil
		},
		"extend": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			bb, err := self(a, 1, "extend")
			if err != nil {
				return vm.Value{}, err
			}
			b, err := bytesArg(a[1], "data")
			if err != nil {
				return vm.Value{}, err
			}
			if len(bb.data()) == 0 {
				// Keep the bytes object's own array; capping the capacity
				// makes the next extend copy rather than write into it.
				bb.b, bb.off = b[:len(b):len(b)], 0
			} else {
				bb.b = append(bb.b, b...)
			}
			return vm.None, nil
		},
		// find(sep, start): the index of sep at or after start, or -1.
		"find": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			bb, err := self(a, 2, "find")
			if err != nil {
				return vm.Value{}, err
			}
			sep, err := bytesArg(a[1], "separator")
			if err != nil {
				return vm.Value{}, err
			}
			start := int(a[2].I())
			d := bb.data()
			if start < 0 || start > len(d) {
				return vm.Int(-1), nil
			}
			i := bytes.Index(d[start:], sep)
			if i >= 0 {
				i += start
			}
			return vm.Int(int64(i)), nil
		},
		// startswith(sep, pos): whether the bytes at pos are sep.
		"startswith": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			bb, err := self(a, 2, "startswith")
			if err != nil {
				return vm.Value{}, err
			}
			sep, err := bytesArg(a[1], "prefix")
			if err != nil {
				return vm.Value{}, err
			}
			pos := int(a[2].I())
			d := bb.data()
			return vm.Bool(pos >= 0 && pos <= len(d) && bytes.HasPrefix(d[pos:], sep)), nil
		},
		// take(n): remove and return the first n bytes (all with n < 0).
		"take": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			bb, err := self(a, 1, "take")
			if err != nil {
				return vm.Value{}, err
			}
			n := int(a[1].I())
			if n < 0 {
				n = len(bb.data())
			}
			return vm.NewBytes(bb.take(n)), nil
		},
		"clear": func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
			bb, err := self(a, 0, "clear")
			if err != nil {
				return vm.Value{}, err
			}
			bb.b, bb.off = nil, 0
			return vm.None, nil
		},
	}
}
