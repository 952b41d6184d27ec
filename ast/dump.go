package ast

import (
	"fmt"
	"math/big"
	"reflect"
	"strconv"
	"strings"

	"github.com/asl-lang/asl/internal/pyrepr"
)

// Dump returns the text Python 3.11's ast.dump(tree) prints for the
// equivalent tree (default arguments: field names shown, positions left
// out, no indentation). Fields are printed in the order of the struct
// tags `py:"name"`; an optional field (`py:"name,opt"`) is left out when
// it holds None. Dump of a nil node is "None".
func Dump(n Node) string {
	var d dumper
	d.value(reflect.ValueOf(n))
	return d.String()
}

// dumper accumulates the output of Dump.
type dumper struct {
	strings.Builder
}

var (
	anyType      = reflect.TypeFor[any]()
	moduleType   = reflect.TypeFor[Module]()
	stringerType = reflect.TypeFor[fmt.Stringer]()
)

// pythonNames maps the Go struct names that differ from the Python class
// names.
var pythonNames = map[string]string{
	"ExprStmt":      "Expr",
	"Arguments":     "arguments",
	"Arg":           "arg",
	"Keyword":       "keyword",
	"Alias":         "alias",
	"WithItem":      "withitem",
	"Comprehension": "comprehension",
}

// value writes v, which is a node, a list, an identifier, an int or an
// operator, as ast.dump does.
func (d *dumper) value(v reflect.Value) {
	switch {
	case !v.IsValid() || isNone(v):
		d.WriteString("None")
	case v.Type() == anyType:
		d.WriteString(constantRepr(v.Interface()))
	case v.Kind() == reflect.Interface:
		d.value(v.Elem())
	case v.Kind() == reflect.Pointer:
		d.node(v.Elem())
	case v.Kind() == reflect.Slice:
		d.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				d.WriteString(", ")
			}
			d.value(v.Index(i))
		}
		d.WriteByte(']')
	case v.Kind() == reflect.String:
		d.WriteString(pyrepr.Str(v.String()))
	case v.Type().Implements(stringerType):
		// An operator or expression context, printed as Add().
		d.WriteString(v.Interface().(fmt.Stringer).String())
		d.WriteString("()")
	case v.Kind() == reflect.Int:
		d.WriteString(strconv.FormatInt(v.Int(), 10))
	default:
		panic("ast.Dump: unexpected field type " + v.Type().String())
	}
}

// node writes the node struct v as ClassName(field=value, ...).
func (d *dumper) node(v reflect.Value) {
	t := v.Type()
	name, ok := pythonNames[t.Name()]
	if !ok {
		name = t.Name()
	}
	d.WriteString(name)
	d.WriteByte('(')
	sep := ""
	for i := 0; i < t.NumField(); i++ {
		tag, ok := t.Field(i).Tag.Lookup("py")
		if !ok {
			continue // the embedded Pos
		}
		field, opt, _ := strings.Cut(tag, ",")
		fv := v.Field(i)
		if opt == "opt" && (isNone(fv) || fv.Kind() == reflect.String && fv.Len() == 0) {
			continue
		}
		d.WriteString(sep)
		d.WriteString(field)
		d.WriteByte('=')
		d.value(fv)
		sep = ", "
	}
	if t == moduleType {
		d.WriteString(sep)
		d.WriteString("type_ignores=[]")
	}
	d.WriteByte(')')
}

// isNone reports whether the field or list element v stands for Python
// None: a nil interface or pointer, also a nil pointer inside an interface.
func isNone(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Interface:
		return v.IsNil() || isNone(v.Elem())
	case reflect.Pointer:
		return v.IsNil()
	}
	return false
}

// constantRepr returns the Python repr of a Constant value.
func constantRepr(x any) string {
	switch x := x.(type) {
	case nil, NoneType:
		return "None"
	case EllipsisType:
		return "Ellipsis"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case int:
		return strconv.Itoa(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case *big.Int:
		return pyrepr.Int(x)
	case float64:
		return pyrepr.Float(x)
	case complex128:
		return pyrepr.Complex(x)
	case string:
		return pyrepr.Str(x)
	case Bytes:
		return pyrepr.Bytes([]byte(x))
	}
	return fmt.Sprintf("<unsupported constant %T %v>", x, x)
}
