package vm

import (
	"math/big"

	"github.com/asl-lang/asl/compiler"
)

// loadCode turns a compiled code object into the VM's, converting its
// constants (and nested code objects) once.
func loadCode(c *compiler.Code) *Code {
	return loadCodeNames(c, map[string]Value{})
}

// loadCodeNames is loadCode sharing one str per name across the code
// objects of a module, so that attribute caches can match an instance's
// keys by pointer.
func loadCodeNames(c *compiler.Code, names map[string]Value) *Code {
	vc := &Code{Code: c}
	vc.Consts = make([]Value, len(c.Consts))
	for i, k := range c.Consts {
		vc.Consts[i] = constValue(k, names)
	}
	vc.Names = make([]Value, len(c.Names))
	for i, n := range c.Names {
		v, ok := names[n]
		if !ok {
			v = NewStr(n)
			names[n] = v
		}
		vc.Names[i] = v
	}
	vc.simple = !c.VarArgs && !c.VarKw && c.KwOnly == 0
	vc.needCells = len(c.CellNames)+len(c.FreeNames) > 0
	vc.globals = make([]globalCache, len(c.Names))
	vc.numLocals = len(c.LocalNames)
	vc.nregs, vc.argc = c.NumRegs, c.ArgCount
	vc.plain = vc.simple && !vc.needCells && !c.Generator && !c.Coroutine
	vc.attrs = make([][2]attrCache, len(c.Instrs))
	return vc
}

func constValue(k any, names map[string]Value) Value {
	switch x := k.(type) {
	case nil:
		return None
	case bool:
		return Bool(x)
	case int64:
		return Int(x)
	case *big.Int:
		return BigIntValue(x)
	case float64:
		return Float(x)
	case complex128:
		return NewComplex(x)
	case string:
		return NewStr(x)
	case compiler.Bytes:
		return NewBytes([]byte(x))
	case compiler.EllipsisType:
		return EllipsisValue
	case []any:
		items := make([]Value, len(x))
		for i, e := range x {
			items[i] = constValue(e, names)
		}
		return NewTuple(items)
	case *compiler.Code:
		return ptrValue(KCode, unsafePointer(loadCodeNames(x, names)))
	}
	return None
}

// makeFunction creates a function object for code in frame f; extra holds
// the default values the compiler put after the function's register.
func (t *Thread) makeFunction(f *frame, code *Code, extra []Value) Value {
	fn := &Function{Code: code, Globals: f.globals, Name: code.Name, QualName: code.QualName}
	if code.NumDefaults > 0 {
		fn.Defaults = append([]Value(nil), extra[:code.NumDefaults]...)
	}
	for i, has := range code.KwDefaultMask {
		if has {
			if fn.KwDefaults == nil {
				fn.KwDefaults = map[string]Value{}
			}
			fn.KwDefaults[code.ParamNames[code.ArgCount+i]] = extra[code.NumDefaults+i]
		}
	}
	if len(code.ClosureFrom) > 0 {
		fn.Closure = make([]*Cell, len(code.ClosureFrom))
		for i, k := range code.ClosureFrom {
			if k >= 0 && k < len(f.cells) {
				fn.Closure[i] = f.cells[k]
			} else {
				fn.Closure[i] = &Cell{}
			}
		}
	}
	if mod, ok := f.globals.GetStr("__name__"); ok {
		fn.Module = mod
	}
	return ptrValue(KFunc, unsafePointer(fn))
}

// RunModule runs a compiled module body with globals as its namespace.
func (t *Thread) RunModule(code *compiler.Code, globals *Dict) error {
	// The loop indexes registers and constants without bounds checks:
	// it runs only code whose operands are known to be in range.
	if err := code.Verify(); err != nil {
		return Errorf(SystemErrorType, "invalid bytecode: %v", err)
	}
	vc := loadCode(code)
	fn := &Function{Code: vc, Globals: globals, Name: "<module>", QualName: "<module>"}
	f, err := t.pushFrame(fn, nil, nil, 0)
	if err != nil {
		return err
	}
	f.locals = globals
	f.stop, f.special = true, true
	_, err = t.run(f)
	return err
}

// ModuleCoroutine makes the coroutine of interactive input compiled with
// top-level await (compiler.CompileInteractive): awaiting it runs the
// input with globals as its namespace.
func (t *Thread) ModuleCoroutine(code *compiler.Code, globals *Dict) (Value, error) {
	if !code.Coroutine {
		return Value{}, Errorf(SystemErrorType, "ModuleCoroutine: not a coroutine's code")
	}
	if err := code.Verify(); err != nil {
		return Value{}, Errorf(SystemErrorType, "invalid bytecode: %v", err)
	}
	fn := &Function{Code: loadCode(code), Globals: globals, Name: "<module>", QualName: "<module>"}
	f, err := t.pushFrame(fn, nil, nil, 0)
	if err != nil {
		return Value{}, err
	}
	f.locals = globals
	return t.startGenerator(f)
}
