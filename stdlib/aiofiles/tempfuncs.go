package aiofiles

import (
	"errors"
	"io/fs"
	"math/rand/v2"
	goos "os"
	"path/filepath"

	"github.com/asl-lang/asl/vm"
)

// What aiofiles.tempfile needs of CPython's tempfile module: fresh names
// made exclusively (mkstemp, mkdtemp), the default directory, and
// removing a tree (TemporaryDirectory.cleanup).

// nameChars are the characters of a random name, as tempfile's.
const nameChars = "abcdefghijklmnopqrstuvwxyz0123456789_"

// tempAttempts is how many names are tried before giving up, as
// tempfile.TMP_MAX.
const tempAttempts = 10000

func randomName() string {
	b := make([]byte, 8)
	for i := range b {
		b[i] = nameChars[rand.IntN(len(nameChars))]
	}
	return string(b)
}

// strOr reads optional str argument i, def when missing or None.
func strOr(a []vm.Value, i int, def string) (string, error) {
	if i >= len(a) || a[i].Kind() == vm.KNone {
		return def, nil
	}
	if a[i].Kind() != vm.KStr {
		return "", vm.Errorf(vm.TypeErrorType, "expected str, not %s", vm.TypeName(a[i]))
	}
	return a[i].S(), nil
}

// gettempdir is tempfile.gettempdir: $TMPDIR, $TEMP or $TMP, else /tmp.
func gettempdir() string {
	for _, k := range []string{"TMPDIR", "TEMP", "TMP"} {
		if d := goos.Getenv(k); d != "" {
			if st, err := goos.Stat(d); err == nil && st.IsDir() {
				return d
			}
		}
	}
	return "/tmp"
}

func gettempdirFn(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	return vm.NewStr(gettempdir()), nil
}

// makeTemp is mkstemp(suffix, prefix, dir) or mkdtemp: a new file (mode
// 0600, closed again) or directory (0700) with a random name; its path.
func makeTemp(dir bool) fn {
	return func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		suffix, err := strOr(a, 0, "")
		if err != nil {
			return vm.Value{}, err
		}
		prefix, err := strOr(a, 1, "tmp")
		if err != nil {
			return vm.Value{}, err
		}
		where, err := strOr(a, 2, "")
		if err != nil {
			return vm.Value{}, err
		}
		if where == "" {
			where = gettempdir()
		}
		var path string
		t.Blocking(func() {
			for range tempAttempts {
				path = filepath.Join(where, prefix+randomName()+suffix)
				if dir {
					err = goos.Mkdir(path, 0o700)
				} else {
					var f *goos.File
					f, err = goos.OpenFile(path, goos.O_RDWR|goos.O_CREATE|goos.O_EXCL, 0o600)
					if err == nil {
						err = f.Close()
					}
				}
				if !errors.Is(err, fs.ErrExist) {
					return
				}
			}
		})
		if err != nil {
			if errors.Is(err, fs.ErrExist) {
				return vm.Value{}, vm.Errorf(vm.FileExistsErrorType, "No usable temporary file name found")
			}
			return vm.Value{}, vm.OSErrorFrom(err, path)
		}
		if !dir {
			// mkstemp's path is absolute; mkdtemp's is as made (3.11)
			if abs, err := filepath.Abs(path); err == nil {
				path = abs
			}
		}
		return vm.NewStr(path), nil
	}
}

// rmtree removes a directory and everything in it.
func rmtree(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	p, err := pathArg("rmtree", a, 0)
	if err != nil {
		return vm.Value{}, err
	}
	if _, err := goos.Lstat(p); err != nil {
		return vm.Value{}, vm.OSErrorFrom(err, p)
	}
	t.Blocking(func() { err = goos.RemoveAll(p) })
	if err != nil {
		return vm.Value{}, vm.OSErrorFrom(err, p)
	}
	return vm.None, nil
}
