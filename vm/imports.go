package vm

import "strings"

// importModule imports a module by name: a built-in module of stdlib/, or
// an .asl file or package folder found along t.Path (modload.go). flags
// holds the relative level and, in bit 16, whether the import is a
// "from" one (or "import a.b as c"), which returns the module named
// rather than the top-level package "import a.b" binds.
func (t *Thread) importModule(f *frame, name string, flags int) (Value, error) {
	level, from := flags&0xFFFF, flags&(1<<16) != 0
	full := name
	if level > 0 {
		pkg := ""
		if v, ok := f.globals.GetStr("__package__"); ok && v.kind == KStr {
			pkg = v.S()
		}
		if pkg == "" {
			return Value{}, Errorf(ImportErrorType, "attempted relative import with no known parent package")
		}
		parts := strings.Split(pkg, ".")
		if level-1 >= len(parts) {
			return Value{}, Errorf(ImportErrorType, "attempted relative import beyond top-level package")
		}
		full = strings.Join(parts[:len(parts)-(level-1)], ".")
		if name != "" {
			full += "." + name
		}
	}
	m, err := t.importPath(full)
	if err != nil || from || level > 0 {
		return m, err
	}
	if k := strings.IndexByte(full, '.'); k >= 0 {
		m, _ := t.module(full[:k])
		return m, nil
	}
	return m, nil
}

// stdModules builds the built-in modules on first import.
var stdModules = map[string]func(t *Thread) Value{}

// RegisterModule makes a built-in module importable.
func RegisterModule(name string, build func(t *Thread) Value) { stdModules[name] = build }

// NewModule makes a module object.
func NewModule(name string, d *Dict) Value {
	d.SetStr("__name__", NewStr(name))
	return ptrValue(KModule, unsafePointer(&Module{Name: name, Dict: d}))
}

// importFrom is "from m import name".
func (t *Thread) importFrom(m Value, name string) (Value, error) {
	v, err := t.getAttr(m, NewStr(name))
	if err != nil && (packageDirs(m) != nil || m.kind == KModule && isBuiltinModule(m.module().Name+"."+name)) {
		// from package import submodule
		if sub, serr := t.importPath(m.module().Name + "." + name); serr == nil {
			return sub, nil
		} else if e, ok := serr.(*Exception); !ok || e.Value.inst().Class != ModuleNotFoundErrorType {
			return Value{}, serr
		}
	}
	if err != nil {
		mn := "?"
		if m.kind == KModule {
			mn = m.module().Name
		}
		return Value{}, Errorf(ImportErrorType, "cannot import name '%s' from '%s' (unknown location)", name, mn)
	}
	return v, nil
}

// importStar is "from m import *".
func (t *Thread) importStar(f *frame, m Value) error {
	if m.kind != KModule {
		return nil
	}
	if all, ok := m.module().Dict.GetStr("__all__"); ok {
		// The names the module lists, which must exist.
		names, err := t.toSlice(all)
		if err != nil {
			return err
		}
		for _, n := range names {
			if n.kind != KStr {
				return Errorf(TypeErrorType, "Item in %s.__all__ must be str, not %s", m.module().Name, typeName(n))
			}
			v, err := t.getAttr(m, n)
			if err != nil {
				return err
			}
			f.locals.SetStr(n.S(), v)
		}
		return nil
	}
	m.module().Dict.Items(func(k, v Value) bool {
		if k.kind == KStr && len(k.S()) > 0 && k.S()[0] != '_' {
			f.locals.SetStr(k.S(), v)
		}
		return true
	})
	return nil
}
