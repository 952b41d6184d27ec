// Package os is asl's os module and os.path, on Go's os and path/filepath.
package os

import (
	goos "os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"github.com/asl-lang/asl/vm"
)

func init() {
	vm.RegisterModule("os", build)
	vm.RegisterModule("os.path", buildPath)
}

type fn = func(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error)

func build(t *vm.Thread) vm.Value {
	d := vm.NewDict().Dict()
	env := vm.NewDict()
	keys := goos.Environ()
	if t.Require(vm.CapEnv, "os.environ") != nil {
		keys = nil // no environment access: an empty one
	}
	sort.Strings(keys)
	for _, kv := range keys {
		k, v, _ := strings.Cut(kv, "=")
		env.Dict().SetStr(k, vm.NewStr(v))
	}
	d.SetStr("environ", env)
	d.SetStr("sep", vm.NewStr(string(filepath.Separator)))
	d.SetStr("linesep", vm.NewStr("\n"))
	d.SetStr("name", vm.NewStr("posix"))
	for k, v := range map[string]string{"curdir": ".", "pardir": "..", "extsep": ".", "pathsep": ":", "devnull": "/dev/null"} {
		d.SetStr(k, vm.NewStr(v))
	}
	d.SetStr("altsep", vm.None)
	for name, f := range map[string]fn{
		"getenv": getenv(env), "getcwd": getcwd, "listdir": listdir, "mkdir": mkdir, "makedirs": makedirs,
		"remove": remove, "unlink": remove, "rmdir": rmdir, "rename": rename, "chdir": chdir,
	} {
		if name != "getenv" {
			f = vm.Guard(vm.CapFiles, "os."+name, f)
		}
		d.SetStr(name, vm.NewBuiltin(name, f))
	}
	d.SetStr("path", buildPath(t))
	return vm.NewModule("os", d)
}

func buildPath(t *vm.Thread) vm.Value {
	d := vm.NewDict().Dict()
	for name, f := range map[string]fn{
		"join": join, "exists": exists(func(goos.FileInfo) bool { return true }),
		"isfile":   exists(func(i goos.FileInfo) bool { return i.Mode().IsRegular() }),
		"isdir":    exists(func(i goos.FileInfo) bool { return i.IsDir() }),
		"basename": pathFn(func(p string) string { return p[strings.LastIndexByte(p, '/')+1:] }),
		"dirname": pathFn(func(p string) string {
			k := strings.LastIndexByte(p, '/') + 1
			head := p[:k]
			if trimmed := strings.TrimRight(head, "/"); trimmed != "" {
				return trimmed
			}
			return head
		}),
		"abspath":  pathFn(func(p string) string { a, _ := filepath.Abs(p); return a }),
		"normpath": pathFn(normpath),
		"splitext": splitext, "split": split, "isabs": isabs, "getsize": getsize,
	} {
		switch name {
		case "exists", "isfile", "isdir", "getsize", "abspath":
			f = vm.Guard(vm.CapFiles, "os.path."+name, f)
		}
		d.SetStr(name, vm.NewBuiltin(name, f))
	}
	d.SetStr("sep", vm.NewStr("/"))
	for k, v := range map[string]string{"curdir": ".", "pardir": "..", "extsep": ".", "pathsep": ":", "devnull": "/dev/null"} {
		d.SetStr(k, vm.NewStr(v))
	}
	d.SetStr("altsep", vm.None)
	return vm.NewModule("os.path", d)
}

// pathArg reads a str path argument.
func pathArg(name string, a []vm.Value, i int) (string, error) {
	if i >= len(a) {
		return "", vm.Errorf(vm.TypeErrorType, "%s() missing required argument 'path' (pos %d)", name, i+1)
	}
	if a[i].Kind() != vm.KStr {
		return "", vm.Errorf(vm.TypeErrorType, "%s: path should be string, bytes or os.PathLike, not %s", name, vm.TypeName(a[i]))
	}
	return a[i].S(), nil
}

// osError turns a Go file error into CPython's OSError subclass, with
// errno, strerror and filename set.
func osError(err error, path string) error { return vm.OSErrorFrom(err, path) }

// errnoError is the OSError subclass of errno for path.
func errnoError(errno syscall.Errno, path string) error {
	return vm.OSErrorFrom(errno, path)
}

// getenv reads os.environ, as CPython's does, so that assignments to
// os.environ are seen.
func getenv(env vm.Value) fn {
	return func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		if len(a) < 1 || len(a) > 2 {
			return vm.Value{}, vm.Errorf(vm.TypeErrorType, "getenv() takes a str key and an optional default")
		}
		if a[0].Kind() != vm.KStr {
			return vm.Value{}, vm.Errorf(vm.TypeErrorType, "str expected, not %s", vm.TypeName(a[0]))
		}
		if v, ok := env.Dict().GetStr(a[0].S()); ok {
			return v, nil
		}
		if len(a) == 2 {
			return a[1], nil
		}
		if v, ok := kw.Get("default"); ok {
			return v, nil
		}
		return vm.None, nil
	}
}

func getcwd(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	d, err := goos.Getwd()
	if err != nil {
		return vm.Value{}, osError(err, ".")
	}
	return vm.NewStr(d), nil
}

func listdir(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	p := "."
	if len(a) > 0 {
		var err error
		if p, err = pathArg("listdir", a, 0); err != nil {
			return vm.Value{}, err
		}
	}
	entries, err := goos.ReadDir(p)
	if err != nil {
		return vm.Value{}, osError(err, p)
	}
	out := make([]vm.Value, len(entries))
	for i, e := range entries {
		out[i] = vm.NewStr(e.Name())
	}
	return vm.NewList(out), nil
}

func mkdir(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	p, err := pathArg("mkdir", a, 0)
	if err != nil {
		return vm.Value{}, err
	}
	if err := goos.Mkdir(p, 0o777); err != nil {
		return vm.Value{}, osError(err, p)
	}
	return vm.None, nil
}

func makedirs(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	p, err := pathArg("makedirs", a, 0)
	if err != nil {
		return vm.Value{}, err
	}
	existOK := false
	if len(a) > 2 {
		existOK, _ = t.Truth(a[2])
	}
	if v, ok := kw.Get("exist_ok"); ok {
		existOK, _ = t.Truth(v)
	}
	if st, err := goos.Stat(p); err == nil && st.IsDir() && !existOK {
		return vm.Value{}, osError(goos.ErrExist, p)
	}
	if err := goos.MkdirAll(p, 0o777); err != nil {
		return vm.Value{}, osError(err, p)
	}
	return vm.None, nil
}

func remove(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	p, err := pathArg("remove", a, 0)
	if err != nil {
		return vm.Value{}, err
	}
	if st, err := goos.Stat(p); err == nil && st.IsDir() {
		return vm.Value{}, errnoError(syscall.EISDIR, p)
	}
	if err := goos.Remove(p); err != nil {
		return vm.Value{}, osError(err, p)
	}
	return vm.None, nil
}

func rmdir(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	p, err := pathArg("rmdir", a, 0)
	if err != nil {
		return vm.Value{}, err
	}
	if st, err := goos.Stat(p); err == nil && !st.IsDir() {
		return vm.Value{}, errnoError(syscall.ENOTDIR, p)
	}
	if err := goos.Remove(p); err != nil {
		return vm.Value{}, osError(err, p)
	}
	return vm.None, nil
}

func rename(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	src, err := pathArg("rename", a, 0)
	if err != nil {
		return vm.Value{}, err
	}
	dst, err := pathArg("rename", a, 1)
	if err != nil {
		return vm.Value{}, err
	}
	if err := goos.Rename(src, dst); err != nil {
		e := vm.OSErrorFrom(err, src)
		if err := t.SetAttr(e.Value, "filename2", vm.NewStr(dst)); err != nil {
			return vm.Value{}, err
		}
		return vm.Value{}, e
	}
	return vm.None, nil
}

func chdir(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	p, err := pathArg("chdir", a, 0)
	if err != nil {
		return vm.Value{}, err
	}
	if err := goos.Chdir(p); err != nil {
		return vm.Value{}, osError(err, p)
	}
	return vm.None, nil
}

// join is posixpath.join: an absolute part restarts the path.
func join(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) == 0 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "join() missing 1 required positional argument: 'a'")
	}
	out := ""
	for i := range a {
		p, err := pathArg("join", a, i)
		if err != nil {
			return vm.Value{}, err
		}
		switch {
		case strings.HasPrefix(p, "/"):
			out = p
		case out == "" || strings.HasSuffix(out, "/"):
			out += p
		default:
			out += "/" + p
		}
	}
	return vm.NewStr(out), nil
}

func exists(test func(goos.FileInfo) bool) fn {
	return func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		if len(a) != 1 {
			return vm.Value{}, vm.Errorf(vm.TypeErrorType, "expected 1 argument, got %d", len(a))
		}
		if a[0].Kind() != vm.KStr {
			return vm.Bool(false), nil
		}
		st, err := goos.Stat(a[0].S())
		return vm.Bool(err == nil && test(st)), nil
	}
}

func pathFn(f func(string) string) fn {
	return func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		p, err := pathArg("path", a, 0)
		if err != nil {
			return vm.Value{}, err
		}
		return vm.NewStr(f(p)), nil
	}
}

// normpath is posixpath.normpath.
func normpath(p string) string {
	if p == "" {
		return "."
	}
	initial := 0
	if strings.HasPrefix(p, "/") {
		initial = 1
		if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
			initial = 2
		}
	}
	var parts []string
	for _, c := range strings.Split(p, "/") {
		switch {
		case c == "" || c == ".":
		case c != ".." || (initial == 0 && len(parts) == 0) || (len(parts) > 0 && parts[len(parts)-1] == ".."):
			parts = append(parts, c)
		case len(parts) > 0:
			parts = parts[:len(parts)-1]
		}
	}
	out := strings.Repeat("/", initial) + strings.Join(parts, "/")
	if out == "" {
		return "."
	}
	return out
}

func splitext(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	p, err := pathArg("splitext", a, 0)
	if err != nil {
		return vm.Value{}, err
	}
	base := strings.LastIndexByte(p, '/') + 1
	dot := strings.LastIndexByte(p, '.')
	if dot > base {
		// a leading run of dots in the name is not an extension
		if strings.TrimLeft(p[base:dot], ".") != "" {
			return vm.NewTuple([]vm.Value{vm.NewStr(p[:dot]), vm.NewStr(p[dot:])}), nil
		}
	}
	return vm.NewTuple([]vm.Value{vm.NewStr(p), vm.NewStr("")}), nil
}

func split(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	p, err := pathArg("split", a, 0)
	if err != nil {
		return vm.Value{}, err
	}
	k := strings.LastIndexByte(p, '/') + 1
	head, tail := p[:k], p[k:]
	if trimmed := strings.TrimRight(head, "/"); trimmed != "" {
		head = trimmed
	}
	return vm.NewTuple([]vm.Value{vm.NewStr(head), vm.NewStr(tail)}), nil
}

func isabs(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	p, err := pathArg("isabs", a, 0)
	if err != nil {
		return vm.Value{}, err
	}
	return vm.Bool(strings.HasPrefix(p, "/")), nil
}

func getsize(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	p, err := pathArg("getsize", a, 0)
	if err != nil {
		return vm.Value{}, err
	}
	st, err := goos.Stat(p)
	if err != nil {
		return vm.Value{}, osError(err, p)
	}
	return vm.Int(st.Size()), nil
}
