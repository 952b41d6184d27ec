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
		if len(args) == 1 {
			switch x := args[0]; x.kind {
			case KList:
				return Int(int64(len(x.list().Items))), true
			case KStr:
				return Int(int64(x.str().Len())), true
			case KTuple:
				return Int(int64(len(x.tuple().Items))), true
			case KDict:
				return Int(int64(x.dict().Len())), true
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
