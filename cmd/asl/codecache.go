package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/asl-lang/asl/compiler"
)

// diskCache keeps compiled modules in the user's cache folder
// (~/.cache/asl/BUILD/), one file per module source, so that a program
// importing asyncio does not parse it again on every run. BUILD names the
// asl binary (its size and modification time): another build never reads
// this one's files, and a new build clears the folders of the others.
// ASL_NOCACHE=1 turns it off.
type diskCache struct{ dir string }

// openDiskCache returns the cache of this binary, or nil when there is
// none (no cache folder, or ASL_NOCACHE set).
func openDiskCache() *diskCache {
	if os.Getenv("ASL_NOCACHE") != "" {
		return nil
	}
	base, err := os.UserCacheDir()
	if err != nil {
		return nil
	}
	exe, err := os.Executable()
	if err != nil {
		return nil
	}
	fi, err := os.Stat(exe)
	if err != nil {
		return nil
	}
	root := filepath.Join(base, "asl")
	dir := filepath.Join(root, fmt.Sprintf("%x-%x", fi.Size(), fi.ModTime().UnixNano()))
	if _, err := os.Stat(dir); err != nil {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil
		}
		// A new build: the folders of earlier ones are stale.
		if old, err := os.ReadDir(root); err == nil {
			for _, e := range old {
				if p := filepath.Join(root, e.Name()); p != dir {
					os.RemoveAll(p)
				}
			}
		}
	}
	return &diskCache{dir: dir}
}

// Load reads the code stored under key.
func (c *diskCache) Load(key string) (*compiler.Code, bool) {
	b, err := os.ReadFile(filepath.Join(c.dir, key))
	if err != nil {
		return nil, false
	}
	code, err := compiler.DecodeCode(b)
	return code, err == nil
}

// Store writes code under key, through a temporary file so that readers
// never see half of it.
func (c *diskCache) Store(key string, code *compiler.Code) {
	f, err := os.CreateTemp(c.dir, key+".tmp*")
	if err != nil {
		return
	}
	_, werr := f.Write(compiler.EncodeCode(code))
	cerr := f.Close()
	if werr != nil || cerr != nil || os.Rename(f.Name(), filepath.Join(c.dir, key)) != nil {
		os.Remove(f.Name())
	}
}
