package vm

import (
	"strings"

	"github.com/asl-lang/asl/compiler"
)

// Operations on instances of subclasses of built-in types that their class
// does not define: they apply to the payload.

// payloadItem is v[k] for an instance whose class defines no
// __getitem__: a dict subclass's __missing__ answers for absent keys.
func (t *Thread) payloadItem(v, p, k Value) (Value, error) {
	if p.kind != KDict {
		return t.getItem(p, k)
	}
	x, ok, err := p.dict().Get(t, k)
	if err != nil || ok {
		return x, err
	}
	if m, ok := v.inst().Class.Lookup("__missing__"); ok {
		return t.call(m, []Value{v, k}, nil)
	}
	return Value{}, NewException(KeyErrorType, k)
}

// payloadInplace is x op= y for an instance of a subclass of list, dict
// or set without the in-place method of its own: the payload changes and
// x stays.
func (t *Thread) payloadInplace(op compiler.Op, x, p, y Value) (Value, bool, error) {
	switch p.kind {
	case KList, KDict, KSet:
	default:
		return Value{}, false, nil
	}
	if p.kind == KList && op == compiler.OpMul {
		r, err := t.binary(op, p, unwrapPayload(y))
		if err != nil {
			return Value{}, true, err
		}
		p.list().Items = r.list().Items
		return x, true, nil
	}
	r, err := t.inplace(op, p, unwrapPayload(y))
	if err != nil {
		return Value{}, true, err
	}
	if !Is(r, p) {
		return r, true, nil
	}
	return x, true, nil
}

// payloadBinary is x op y when an operand is an instance of a subclass
// of a built-in type whose class did not answer: the operation of the
// built-in type, on the payloads. ok is false when neither operand has
// one.
func (t *Thread) payloadBinary(op compiler.Op, x, y Value) (Value, bool, error) {
	px, xok := payloadOf(x)
	py, yok := payloadOf(y)
	if !xok && !yok {
		return Value{}, false, nil
	}
	if !xok {
		px = x
	}
	if !yok {
		py = y
	}
	r, err := t.binary(op, px, py)
	if e, ok := err.(*Exception); ok && e.Value.inst().Class == TypeErrorType &&
		strings.HasPrefix(excMessage(e.Value.inst()), "unsupported operand type(s)") {
		return Value{}, true, unsupportedOperands(op, x, y)
	}
	return r, true, err
}

// unwrapStrPayload unwraps x when it is an instance of a subclass of str
// (or bytes) looked for in a str (or bytes) container, which compares
// code points rather than items.
func unwrapStrPayload(container, x Value) Value {
	if container.kind == KStr || container.kind == KBytes {
		return unwrapPayload(x)
	}
	return x
}

// asStr returns the payload of an instance of a subclass of str, which
// str methods take wherever they take a str; other values are returned
// unchanged.
func asStr(v Value) Value {
	if p, ok := payloadOf(v); ok && p.kind == KStr {
		return p
	}
	return v
}

// unwrapScalar returns the payload of an instance of a subclass of int,
// float, str or bytes, for the built-ins that read such values; other
// values are returned unchanged.
func unwrapScalar(v Value) Value {
	if p, ok := payloadOf(v); ok {
		switch p.kind {
		case KInt, KBig, KFloat, KStr, KBytes:
			return p
		}
	}
	return v
}

// asInt returns the payload of an instance of a subclass of int, which
// the VM takes wherever a special method must return an int (__len__,
// __hash__); other values are returned unchanged.
func asInt(v Value) Value {
	if p, ok := payloadOf(v); ok && (p.kind == KInt || p.kind == KBig) {
		return p
	}
	return v
}
