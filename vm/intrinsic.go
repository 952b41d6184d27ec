package vm

// Intrinsics are built-ins that the CALL instructions run inline on their
// common arguments, as CPython 3.11 specializes CALL for len and
// list.append: no arity wrapper, no call through a func value. Anything
// unusual (a wrong argument count, another type) takes the general path,
// which raises the usual errors.
const (
	intrinsicNone uint8 = iota
	intrinsicLen
	intrinsicListAppend
	intrinsicDictGet
)

// intrinsicNames maps built-in functions and methods to their intrinsic.
var intrinsicNames = map[string]uint8{"len": intrinsicLen}

// intrinsicMethods maps methods of built-in types to their intrinsic.
var intrinsicMethods = map[Kind]map[string]uint8{
	KList: {"append": intrinsicListAppend},
	KDict: {"get": intrinsicDictGet},
}

// callIntrinsic runs intrinsic op on args and reports whether it could.
func (t *Thread) callIntrinsic(op uint8, args []Value) (Value, bool) {
	switch op {
	case intrinsicLen:
		// Built-in containers only: an instance's __len__ is asl code.
		if len(args) == 1 && args[0].kind != KInst {
			if n, err := t.length(args[0]); err == nil {
				return Int(n), true
			}
		}
	case intrinsicListAppend:
		if len(args) == 2 && args[0].kind == KList {
			args[0].list().push(args[1])
			return None, true
		}
	case intrinsicDictGet:
		if (len(args) == 2 || len(args) == 3) && args[0].kind == KDict {
			if args[1].kind == KStr {
				d := args[0].dict()
				if i := d.strIndexHashed(args[1].str()); i >= 0 {
					return d.entries[i].val, true
				}
			}
			switch args[1].kind {
			case KStr, KInt:
				// Hashing these cannot fail or run asl code.
				v, ok, _ := args[0].dict().Get(t, args[1])
				if ok {
					return v, true
				}
				if len(args) == 3 {
					return args[2], true
				}
				return None, true
			}
		}
	}
	return Value{}, false
}
