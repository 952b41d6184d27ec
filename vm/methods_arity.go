package vm

import (
	"strconv"
	"strings"
)

// The methods of built-in types check their number of positional
// arguments before they run, with the message CPython gives for that
// method. A spec is one of:
//
//	"n"    METH_NOARGS: "list.copy() takes no arguments (1 given)"
//	"o"    METH_O: "list.count() takes exactly one argument (0 given)"
//	"pL-H" positional-only: "insert expected 2 arguments, got 0"
//	"kL-H" with keywords: "split() takes at most 2 arguments (3 given)"
//
// where L and H are the least and most arguments (receiver excluded).
var methodArity = map[string]map[string]string{
	"str": {
		"upper": "n", "lower": "n", "casefold": "n", "title": "n", "capitalize": "n",
		"swapcase": "n", "isdigit": "n", "isdecimal": "n", "isnumeric": "n", "isalpha": "n",
		"isalnum": "n", "isspace": "n", "isupper": "n", "islower": "n", "istitle": "n",
		"isidentifier": "n", "isascii": "n", "isprintable": "n",
		"strip": "p0-1", "lstrip": "p0-1", "rstrip": "p0-1", "split": "k0-2", "rsplit": "k0-2",
		"join": "o", "replace": "p2-3", "startswith": "k1-3", "endswith": "k1-3",
		"find": "k1-3", "rfind": "k1-3", "index": "k1-3", "rindex": "k1-3", "count": "k1-3",
		"encode": "k0-2", "splitlines": "k0-1", "partition": "o", "rpartition": "o",
		"zfill": "o", "ljust": "p1-2", "rjust": "p1-2", "center": "p1-2",
		"removeprefix": "o", "removesuffix": "o", "expandtabs": "k0-1", "translate": "o",
		"format_map": "o",
	},
	"bytes": {
		"upper": "n", "lower": "n", "title": "n", "capitalize": "n", "swapcase": "n",
		"isdigit": "n", "isalpha": "n", "isalnum": "n", "isspace": "n", "isupper": "n",
		"islower": "n", "istitle": "n", "isascii": "n",
		"strip": "p0-1", "lstrip": "p0-1", "rstrip": "p0-1", "split": "k0-2", "rsplit": "k0-2",
		"join": "o", "replace": "p2-3", "startswith": "k1-3", "endswith": "k1-3",
		"find": "k1-3", "rfind": "k1-3", "index": "k1-3", "rindex": "k1-3", "count": "k1-3",
		"decode": "k0-2", "splitlines": "k0-1", "partition": "o", "rpartition": "o",
		"zfill": "o", "ljust": "p1-2", "rjust": "p1-2", "center": "p1-2",
		"removeprefix": "o", "removesuffix": "o", "expandtabs": "k0-1", "hex": "k0-2",
	},
	"list": {
		"append": "o", "extend": "o", "insert": "p2-2", "pop": "p0-1", "remove": "o",
		"index": "p1-3", "count": "o", "reverse": "n", "copy": "n", "clear": "n",
	},
	"tuple": {"index": "p1-3", "count": "o"},
	"dict": {
		"get": "p1-2", "keys": "n", "values": "n", "items": "n", "pop": "p1-2",
		"setdefault": "p1-2", "update": "p0-1", "popitem": "n", "copy": "n", "clear": "n",
	},
	"int": {
		"bit_length": "n", "bit_count": "n", "conjugate": "n", "as_integer_ratio": "n",
		"is_integer": "n",
	},
	"float": {
		"is_integer": "n", "hex": "n", "as_integer_ratio": "n", "conjugate": "n",
	},
	"range":     {"index": "o", "count": "o"},
	"generator": {"send": "o", "close": "n", "__next__": "n"},
}

// arityTables pairs the type names of methodArity with their tables.
func arityTables() map[string]map[string]methodFunc {
	return map[string]map[string]methodFunc{
		"str": strMethods, "bytes": bytesMethods, "list": listMethods, "tuple": tupleMethods,
		"dict": dictMethods, "int": intMethods, "float": floatMethods, "range": rangeMethods,
		"generator": genMethods,
	}
}

func init() {
	for typ, table := range arityTables() {
		for name, spec := range methodArity[typ] {
			if m, ok := table[name]; ok {
				table[name] = checkArity(typ, name, spec, m)
			}
		}
	}
}

// checkArity wraps a method with the argument count check of spec.
func checkArity(typ, name, spec string, m methodFunc) methodFunc {
	lo, hi := 0, 0
	if len(spec) > 1 {
		bounds := strings.SplitN(spec[1:], "-", 2)
		lo, _ = strconv.Atoi(bounds[0])
		hi, _ = strconv.Atoi(bounds[1])
	}
	return func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		n := len(a) - 1
		switch spec[0] {
		case 'n':
			if n != 0 {
				return Value{}, Errorf(TypeErrorType, "%s.%s() takes no arguments (%d given)", typ, name, n)
			}
		case 'o':
			if n != 1 {
				return Value{}, Errorf(TypeErrorType, "%s.%s() takes exactly one argument (%d given)", typ, name, n)
			}
		case 'p':
			if err := positionalCount(name, n, lo, hi); err != nil {
				return Value{}, err
			}
		case 'k':
			if n < lo {
				return Value{}, Errorf(TypeErrorType, "%s() takes at least %d argument%s (%d given)", name, lo, plural(lo), n)
			}
			if n > hi {
				return Value{}, Errorf(TypeErrorType, "%s() takes at most %d argument%s (%d given)", name, hi, plural(hi), n)
			}
		}
		return m(t, a, kw)
	}
}

// positionalCount is CPython's _PyArg_CheckPositional.
func positionalCount(name string, n, lo, hi int) error {
	switch {
	case n >= lo && n <= hi:
		return nil
	case lo == hi:
		return Errorf(TypeErrorType, "%s expected %d argument%s, got %d", name, lo, plural(lo), n)
	case n < lo:
		return Errorf(TypeErrorType, "%s expected at least %d argument%s, got %d", name, lo, plural(lo), n)
	}
	return Errorf(TypeErrorType, "%s expected at most %d argument%s, got %d", name, hi, plural(hi), n)
}

// intArg converts a method's integer argument as CPython's "n" format
// does, following __index__.
func (t *Thread) intArg(v Value) (int64, error) {
	switch v.kind {
	case KInt, KBool:
		return v.I(), nil
	case KBig:
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
	case KInst:
		if _, ok := v.inst().Class.Lookup("__index__"); ok {
			return t.index(v, "")
		}
		if p, ok := payloadOf(v); ok {
			return t.intArg(p)
		}
	}
	return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(v))
}

// strArgOf checks a method's str argument: "must be str, not int".
func strArgOf(v Value) (string, error) {
	if s := asStr(v); s.kind == KStr {
		return s.S(), nil
	}
	return "", Errorf(TypeErrorType, "must be str, not %s", typeName(v))
}
