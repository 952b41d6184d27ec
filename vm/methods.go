package vm

// methodFunc is a method of a built-in type: args[0] is the receiver.
type methodFunc = BuiltinFunc

// methodTables maps a built-in kind to its methods.
var methodTables = map[Kind]map[string]methodFunc{}

func init() {
	methodTables[KStr] = strMethods
	methodTables[KList] = listMethods
	methodTables[KTuple] = tupleMethods
	methodTables[KDict] = dictMethods
	methodTables[KSet] = setMethods
	methodTables[KFrozenSet] = frozenSetMethods
	methodTables[KInt] = intMethods
	methodTables[KBool] = intMethods
	methodTables[KBig] = intMethods
	methodTables[KFloat] = floatMethods
	methodTables[KBytes] = bytesMethods
	methodTables[KGen] = genMethods
	methodTables[KRange] = rangeMethods
	methodTables[KSlice] = sliceMethods
}

// builtinAttr finds a method or attribute of a built-in type's value.
func (t *Thread) builtinAttr(v Value, name string) (Value, bool) {
	table := methodTables[v.kind]
	if v.kind == KGen {
		table = genMethodTable(v)
		switch name {
		case "__name__":
			return NewStr(v.gen().name()), true
		case "__qualname__":
			return NewStr(v.gen().qualname()), true
		}
	}
	if m, ok := table[name]; ok {
		return ptrValue(KBuiltin, unsafePointer(&Builtin{Name: name, Fn: m, Self: v, Bound: true})), true
	}
	if m, ok := builtinDunder(v, name); ok {
		return ptrValue(KBuiltin, unsafePointer(&Builtin{Name: name, Fn: m, Self: v, Bound: true})), true
	}
	switch v.kind {
	case KInt, KBool, KBig:
		switch name {
		case "real", "numerator":
			return Int(0).orInt(v), true
		case "imag":
			return Int(0), true
		case "denominator":
			return Int(1), true
		}
	case KFloat:
		switch name {
		case "real":
			return v, true
		case "imag":
			return Float(0), true
		}
	case KComplex:
		switch name {
		case "real":
			return Float(real(v.complex())), true
		case "imag":
			return Float(imag(v.complex())), true
		}
	case KRange:
		r := v.rng()
		switch name {
		case "start":
			return Int(r.Start), true
		case "stop":
			return Int(r.Stop), true
		case "step":
			return Int(r.Step), true
		}
	case KSlice:
		s := v.slice()
		switch name {
		case "start":
			return s.Start, true
		case "stop":
			return s.Stop, true
		case "step":
			return s.Step, true
		}
	}
	if name == "__class__" {
		return ClassValue(TypeOf(v)), true
	}
	return Value{}, false
}
