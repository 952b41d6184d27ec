// Package hashlib is asl's hashlib module: hash objects written in asl
// (hashlib.asl) over Go's crypto digests (the _hashlib module).
package hashlib

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	_ "embed"
	"hash"

	"github.com/asl-lang/asl/vm"
)

//go:embed hashlib.asl
var src string

// algorithms are the digests asl offers, by CPython's names.
var algorithms = map[string]func() hash.Hash{
	"md5": md5.New, "sha1": sha1.New, "sha224": sha256.New224, "sha256": sha256.New,
	"sha384": sha512.New384, "sha512": sha512.New,
}

func init() {
	vm.RegisterSourceModule("hashlib", src)
	vm.RegisterModule("_hashlib", func(t *vm.Thread) vm.Value {
		d := vm.NewDict().Dict()
		d.SetStr("digest", vm.NewBuiltin("digest", digest))
		d.SetStr("sizes", vm.NewBuiltin("sizes", sizes))
		return vm.NewModule("_hashlib", d)
	})
}

// digest(name, data) is the digest of data (bytes) by algorithm name.
func digest(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 2 || a[0].Kind() != vm.KStr {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "digest(name, data)")
	}
	mk, ok := algorithms[a[0].S()]
	if !ok {
		return vm.Value{}, vm.Errorf(vm.ValueErrorType, "unsupported hash type %s", a[0].S())
	}
	b, ok := vm.BytesOf(a[1])
	if !ok {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "object supporting the buffer API required")
	}
	h := mk()
	h.Write(b)
	return vm.NewBytes(h.Sum(nil)), nil
}

// sizes(name) is (digest_size, block_size) of an algorithm, or None.
func sizes(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 || a[0].Kind() != vm.KStr {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "sizes(name)")
	}
	mk, ok := algorithms[a[0].S()]
	if !ok {
		return vm.None, nil
	}
	h := mk()
	return vm.NewTuple([]vm.Value{vm.Int(int64(h.Size())), vm.Int(int64(h.BlockSize()))}), nil
}
