package aiofiles

import (
	goos "os"
	"syscall"

	"github.com/asl-lang/asl/vm"
)

// The private module _aiofiles: the os and os.path functions aiofiles.os
// wraps that asl's os module lacks (stat, replace, links...). Each runs
// its system call with the VM lock let go (Thread.Blocking), so a worker
// thread waiting on the disk does not hold up the loop.

type fn = func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error)

func buildPrivate(t *vm.Thread) vm.Value {
	d := vm.NewDict().Dict()
	for name, f := range map[string]fn{
		"stat":    statFn("stat", goos.Stat),
		"replace": twoPaths("replace", goos.Rename), "link": twoPaths("link", goos.Link),
		"symlink": twoPaths("symlink", goos.Symlink), "readlink": readlink,
		"islink": islink, "samefile": samefile,
		"mkstemp": makeTemp(false), "mkdtemp": makeTemp(true), "gettempdir": gettempdirFn,
		"rmtree": rmtree,
	} {
		d.SetStr(name, vm.NewBuiltin(name, vm.Guard(vm.CapFiles, name, f)))
	}
	return vm.NewModule("_aiofiles", d)
}

// pathArg reads the str path argument i of function name.
func pathArg(name string, a []vm.Value, i int) (string, error) {
	if i >= len(a) {
		return "", vm.Errorf(vm.TypeErrorType, "%s() missing required argument (pos %d)", name, i+1)
	}
	if a[i].Kind() != vm.KStr {
		return "", vm.Errorf(vm.TypeErrorType, "%s: path should be string, bytes or os.PathLike, not %s", name, vm.TypeName(a[i]))
	}
	return a[i].S(), nil
}

// statFn is stat or lstat: the ten fields of os.stat_result as a tuple
// (mode ino dev nlink uid gid size, then the three times in nanoseconds).
func statFn(name string, stat func(string) (goos.FileInfo, error)) fn {
	return func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		p, err := pathArg(name, a, 0)
		if err != nil {
			return vm.Value{}, err
		}
		var fi goos.FileInfo
		t.Blocking(func() { fi, err = stat(p) })
		if err != nil {
			return vm.Value{}, vm.OSErrorFrom(err, p)
		}
		st, ok := fi.Sys().(*syscall.Stat_t)
		if !ok {
			return vm.Value{}, vm.Errorf(vm.OSErrorType, "%s: no stat data for '%s'", name, p)
		}
		ns := func(ts syscall.Timespec) vm.Value { return vm.Int(ts.Sec*1_000_000_000 + ts.Nsec) }
		return vm.NewTuple([]vm.Value{
			vm.Int(int64(st.Mode)), vm.Int(int64(st.Ino)), vm.Int(int64(st.Dev)),
			vm.Int(int64(st.Nlink)), vm.Int(int64(st.Uid)), vm.Int(int64(st.Gid)),
			vm.Int(st.Size), ns(st.Atim), ns(st.Mtim), ns(st.Ctim),
		}), nil
	}
}

// twoPaths is a function of a source and a destination path (replace,
// link, symlink); its errors name both, as CPython's do.
func twoPaths(name string, op func(string, string) error) fn {
	return func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		src, err := pathArg(name, a, 0)
		if err != nil {
			return vm.Value{}, err
		}
		dst, err := pathArg(name, a, 1)
		if err != nil {
			return vm.Value{}, err
		}
		t.Blocking(func() { err = op(src, dst) })
		if err != nil {
			e := vm.OSErrorFrom(err, src)
			if err := t.SetAttr(e.Value, "filename2", vm.NewStr(dst)); err != nil {
				return vm.Value{}, err
			}
			return vm.Value{}, e
		}
		return vm.None, nil
	}
}

func readlink(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	p, err := pathArg("readlink", a, 0)
	if err != nil {
		return vm.Value{}, err
	}
	var target string
	t.Blocking(func() { target, err = goos.Readlink(p) })
	if err != nil {
		return vm.Value{}, vm.OSErrorFrom(err, p)
	}
	return vm.NewStr(target), nil
}

// islink is os.path.islink: False for a missing path or a non-str one.
func islink(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "islink() takes exactly one argument (%d given)", len(a))
	}
	if a[0].Kind() != vm.KStr {
		return vm.False, nil
	}
	var fi goos.FileInfo
	var err error
	t.Blocking(func() { fi, err = goos.Lstat(a[0].S()) })
	return vm.Bool(err == nil && fi.Mode()&goos.ModeSymlink != 0), nil
}

// samefile is os.path.samefile: both paths name the same file.
func samefile(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	var fis [2]goos.FileInfo
	for i := range fis {
		p, err := pathArg("samefile", a, i)
		if err != nil {
			return vm.Value{}, err
		}
		t.Blocking(func() { fis[i], err = goos.Stat(p) })
		if err != nil {
			return vm.Value{}, vm.OSErrorFrom(err, p)
		}
	}
	return vm.Bool(goos.SameFile(fis[0], fis[1])), nil
}
