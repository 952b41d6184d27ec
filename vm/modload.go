package vm

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/asl-lang/asl/compiler"
	"github.com/asl-lang/asl/parser"
)

// importPath imports the module with the dotted name full (its parent
// packages first, as CPython does) and returns it.
func (t *Thread) importPath(full string) (Value, error) {
	if m, ok := t.module(full); ok {
		return m, nil
	}
	if isBuiltinModule(full) {
		return t.importBuiltin(full)
	}
	dirs := t.searchPath()
	parent, leaf := "", full
	if k := strings.LastIndexByte(full, '.'); k >= 0 {
		parent, leaf = full[:k], full[k+1:]
		p, err := t.importPath(parent)
		if err != nil {
			return Value{}, err
		}
		if m, ok := t.module(full); ok { // the parent imported it
			return m, nil
		}
		dirs = packageDirs(p)
		if dirs == nil {
			return Value{}, moduleNotFound(full, "No module named '%s'; '%s' is not a package", full, parent)
		}
	}
	for _, dir := range dirs {
		base := filepath.Join(dir, leaf)
		if st, err := os.Stat(base + ".asl"); err == nil && !st.IsDir() {
			return t.loadModule(full, parent, base+".asl", "")
		}
		if st, err := os.Stat(base); err == nil && st.IsDir() {
			return t.loadModule(full, parent, filepath.Join(base, "__init__.asl"), base)
		}
	}
	return Value{}, moduleNotFound(full, "No module named '%s'", full)
}

// searchPath is where top-level imports look: sys.path once the sys module
// is imported (a program may change it), else t.Path.
func (t *Thread) searchPath() []string {
	if s, ok := t.module("sys"); ok && s.kind == KModule {
		if p, ok := s.module().Dict.GetStr("path"); ok && p.kind == KList {
			return strItems(p)
		}
	}
	return t.Path
}

// sourceModules are built-in modules written in asl (stdlib/*/*.asl).
var sourceModules = map[string]string{}

// RegisterSourceModule makes a built-in module of asl source importable:
// it is compiled and run on first import, like a module file.
func RegisterSourceModule(name, src string) { sourceModules[name] = src }

// isBuiltinModule reports whether full is a module of stdlib/, in Go or
// in asl source.
func isBuiltinModule(full string) bool {
	_, std := stdModules[full]
	_, src := sourceModules[full]
	return std || src
}

// importBuiltin imports the built-in module full. A dotted one (os.path,
// aiofiles.os) imports its parent first, as CPython does, and becomes the
// parent's attribute; if the parent already made it (os sets os.path),
// that module is the one registered.
func (t *Thread) importBuiltin(full string) (Value, error) {
	parent := ""
	if k := strings.LastIndexByte(full, '.'); k >= 0 {
		parent = full[:k]
		p, err := t.importPath(parent)
		if err != nil {
			return Value{}, err
		}
		if m, ok := t.module(full); ok { // the parent imported it
			return m, nil
		}
		if p.kind == KModule {
			if m, ok := p.module().Dict.GetStr(full[k+1:]); ok && m.kind == KModule && m.module().Name == full {
				t.setModule(full, m)
				return m, nil
			}
		}
	}
	if src, ok := sourceModules[full]; ok {
		return t.loadSource(full, parent, "<"+full+">", src)
	}
	m := stdModules[full](t)
	t.setModule(full, m)
	if parent != "" {
		if p, ok := t.module(parent); ok && p.kind == KModule {
			p.module().Dict.SetStr(full[len(parent)+1:], m)
		}
	}
	return m, nil
}

// builtinCode caches the compiled code of built-in asl modules: their
// source never changes while the process runs, and compiled code is
// never changed by running it, so every thread (and interpreter) of the
// process shares it.
var builtinCode sync.Map // file name and source length -> *compiler.Code

// loadSource runs built-in asl source as module full of package parent.
func (t *Thread) loadSource(full, parent, file, src string) (Value, error) {
	var code *compiler.Code
	key := file + "\x00" + strconv.Itoa(len(src))
	if c, ok := builtinCode.Load(key); ok {
		code = c.(*compiler.Code)
	} else {
		var err error
		if code, err = t.compileCached(file, src); err != nil {
			return Value{}, err
		}
		builtinCode.Store(key, code)
	}
	t.AddSource(file, src)
	return t.execModule(full, parent, "", "", code)
}

// moduleNotFound is ModuleNotFoundError with its name attribute.
func moduleNotFound(name, format string, args ...any) error {
	e := Errorf(ModuleNotFoundErrorType, format, args...)
	e.Value.inst().NS().SetStr("name", NewStr(name))
	return e
}

// packageDirs is a package's __path__ as Go strings, or nil for a module.
func packageDirs(m Value) []string {
	if m.kind != KModule {
		return nil
	}
	p, ok := m.module().Dict.GetStr("__path__")
	if !ok || p.kind != KList {
		return nil
	}
	return strItems(p)
}

// strItems is the strs of a list (sys.path, __path__) as Go strings.
func strItems(l Value) []string {
	dirs := []string{}
	for _, d := range l.list().Items {
		if d.kind == KStr {
			dirs = append(dirs, d.S())
		}
	}
	return dirs
}

// loadModule runs the module file as module full, a package when pkgDir is
// set (its __init__.asl may be missing: a namespace package).
func (t *Thread) loadModule(full, parent, file, pkgDir string) (Value, error) {
	var code *compiler.Code
	src, err := os.ReadFile(file)
	switch {
	case err == nil:
		if code, err = t.compileCached(file, string(src)); err != nil {
			return Value{}, err
		}
		t.AddSource(file, string(src))
	case pkgDir == "" || !os.IsNotExist(err):
		return Value{}, Errorf(ImportErrorType, "cannot read '%s': %v", file, err)
	}
	return t.execModule(full, parent, file, pkgDir, code)
}

// execModule makes module full (of package parent; a package itself when
// pkgDir is set) and runs code, if any, in it. The module is in
// sys.modules while it runs, so circular imports see it partly
// initialized, as in CPython; if it fails, it is removed again. file is
// its __file__, "" for built-in modules.
func (t *Thread) execModule(full, parent, file, pkgDir string, code *compiler.Code) (Value, error) {
	g := newDict(8)
	m := NewModule(full, g)
	pkg := parent
	if pkgDir != "" {
		pkg = full
		g.SetStr("__path__", NewList([]Value{NewStr(pkgDir)}))
	}
	g.SetStr("__package__", NewStr(pkg))
	g.SetStr("__doc__", None)
	if code != nil && file != "" {
		g.SetStr("__file__", NewStr(file))
	}
	t.setModule(full, m)
	if code != nil {
		if err := t.RunModule(code, g); err != nil {
			t.dropModule(full)
			return Value{}, err
		}
	}
	if parent != "" {
		if p, ok := t.module(parent); ok && p.kind == KModule {
			p.module().Dict.SetStr(full[len(parent)+1:], m)
		}
	}
	return m, nil
}

// compileModule parses and compiles a module's source; a syntax error
// becomes a SyntaxError exception.
func compileModule(file, src string) (*compiler.Code, error) {
	mod, err := parser.ParseFile(file, src)
	if err == nil {
		var code *compiler.Code
		if code, err = compiler.Compile(file, src, mod); err == nil {
			return code, nil
		}
	}
	if se, ok := parser.AsSyntaxError(err); ok {
		cls := SyntaxErrorType
		switch se.Kind {
		case "IndentationError":
			cls = IndentationErrorType
		case "TabError":
			cls = TabErrorType
		}
		e := Errorf(cls, "%s (%s, line %d)", se.Msg, filepath.Base(file), se.Line)
		ns := e.Value.inst().NS()
		ns.SetStr("msg", NewStr(se.Msg))
		ns.SetStr("filename", NewStr(file))
		ns.SetStr("lineno", Int(int64(se.Line)))
		ns.SetStr("offset", Int(int64(se.Offset)))
		ns.SetStr("text", NewStr(se.Text+"\n"))
		return nil, e
	}
	return nil, Errorf(SyntaxErrorType, "%v", err)
}

// Modules returns the table of imported modules, sys.modules: a dict the
// program may change (deleting an entry makes the next import run the
// module again).
func (t *Thread) Modules() *Dict {
	if t.modules == nil {
		t.modules = newDict(16)
	}
	return t.modules
}

// module looks an imported module up by its dotted name.
func (t *Thread) module(name string) (Value, bool) {
	return t.Modules().GetStr(name)
}

func (t *Thread) setModule(name string, m Value) { t.Modules().SetStr(name, m) }

func (t *Thread) dropModule(name string) { _, _ = t.Modules().Delete(t, NewStr(name)) }

// BuiltinModuleNames lists the modules built into asl (Go ones and asl
// ones), sorted; private ones (a leading underscore) are left out.
func BuiltinModuleNames() []string {
	var names []string
	for name := range stdModules {
		if !strings.HasPrefix(name, "_") {
			names = append(names, name)
		}
	}
	for name := range sourceModules {
		if !strings.HasPrefix(name, "_") {
			if _, dup := stdModules[name]; !dup {
				names = append(names, name)
			}
		}
	}
	sort.Strings(names)
	return names
}

// ModuleState returns what a built-in Go module stored for this program
// under key (SetModuleState): the Go side of the module's objects, which
// the program's threads share as they share sys.modules.
func (t *Thread) ModuleState(key any) (any, bool) {
	v, ok := t.moduleState()[key]
	return v, ok
}

// SetModuleState stores a built-in module's Go state for this program.
func (t *Thread) SetModuleState(key, v any) { t.moduleState()[key] = v }

func (t *Thread) moduleState() map[any]any {
	if t.modState == nil {
		t.modState = &map[any]any{}
	}
	return *t.modState
}
