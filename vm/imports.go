package vm

// importModule imports a module by name. Modules of the standard library
// register themselves in Thread.Modules; importing .asl files comes later.
func (t *Thread) importModule(f *frame, name string, level int) (Value, error) {
	if level&0xFFFF > 0 {
		return Value{}, Errorf(ImportErrorType, "attempted relative import with no known parent package")
	}
	if m, ok := t.Modules[name]; ok {
		return m, nil
	}
	if mk, ok := stdModules[name]; ok {
		m := mk(t)
		t.Modules[name] = m
		return m, nil
	}
	e := Errorf(ModuleNotFoundErrorType, "No module named '%s'", name)
	e.Value.inst().NS().SetStr("name", NewStr(name))
	return Value{}, e
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
	m.module().Dict.Items(func(k, v Value) bool {
		if k.kind == KStr && len(k.S()) > 0 && k.S()[0] != '_' {
			f.locals.SetStr(k.S(), v)
		}
		return true
	})
	return nil
}
