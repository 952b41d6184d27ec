package vm

import (
	"crypto/sha256"
	"encoding/hex"

	"github.com/asl-lang/asl/compiler"
)

// CodeCache keeps compiled modules between runs, as CPython's .pyc files
// do: `asl` keeps one on disk; an embedder may give its own, or none (the
// default: everything is compiled from source).
type CodeCache interface {
	// Load returns the code stored under key, if any.
	Load(key string) (*compiler.Code, bool)
	// Store keeps code under key; failures are the cache's to ignore.
	Store(key string, code *compiler.Code)
}

// compileCached compiles a module's source through the thread's code
// cache, keyed by the file name and a hash of the source.
func (t *Thread) compileCached(file, src string) (*compiler.Code, error) {
	if t.Cache == nil {
		return compileModule(file, src)
	}
	h := sha256.New()
	h.Write([]byte(file))
	h.Write([]byte{0})
	h.Write([]byte(src))
	key := hex.EncodeToString(h.Sum(nil))
	if code, ok := t.Cache.Load(key); ok && code.Filename == file {
		return code, nil
	}
	code, err := compileModule(file, src)
	if err == nil {
		t.Cache.Store(key, code)
	}
	return code, err
}
