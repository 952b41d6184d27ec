package vm

// bImport is __import__(name, globals=None, locals=None, fromlist=(),
// level=0): the function import statements stand for. It returns the
// top-level package of a dotted name unless fromlist names something.
func bImport(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if err := argCount("__import__", args, 1, 5); err != nil {
		return Value{}, err
	}
	params := map[string]Value{}
	for i, n := range []string{"name", "globals", "locals", "fromlist", "level"} {
		if i < len(args) {
			params[n] = args[i]
		}
	}
	for i, n := range kwNames(kw) {
		params[n] = kw.Values[i]
	}
	name := params["name"]
	if name.kind != KStr {
		return Value{}, Errorf(TypeErrorType, "__import__() argument 1 must be str, not %s", typeName(name))
	}
	level := 0
	if l, ok := params["level"]; ok {
		if l.kind != KInt || l.I() < 0 {
			return Value{}, Errorf(ValueErrorType, "level must be >= 0")
		}
		level = int(l.I())
	}
	if name.S() == "" && level == 0 {
		return Value{}, Errorf(ValueErrorType, "Empty module name")
	}
	flags := level
	if fl, ok := params["fromlist"]; ok && fl.kind != KNone {
		if truth, err := t.truth(fl); err != nil {
			return Value{}, err
		} else if truth {
			flags |= 1 << 16
		}
	}
	return t.importModule(t.cur, name.S(), flags)
}
