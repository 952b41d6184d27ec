package vm

import (
	"fmt"
	"io"
	"math"
	"math/big"
	"strings"
)

// BuiltinFunc is the Go signature of built-in functions.
type BuiltinFunc = func(t *Thread, args []Value, kw *Kwargs) (Value, error)

// NewBuiltin wraps a Go function as a built-in function value.
func NewBuiltin(name string, fn BuiltinFunc) Value {
	return ptrValue(KBuiltin, unsafePointer(&Builtin{Name: name, Fn: fn}))
}

// builtinDict builds the builtins namespace.
func builtinDict() *Dict {
	d := newDict(128)
	fns := map[string]BuiltinFunc{
		"print": bPrint, "len": bLen, "repr": bRepr, "ascii": bASCII, "abs": bAbs,
		"isinstance": bIsinstance, "issubclass": bIssubclass, "hasattr": bHasattr,
		"getattr": bGetattr, "setattr": bSetattr, "delattr": bDelattr, "callable": bCallable,
		"iter": bIter, "next": bNext, "sorted": bSorted, "min": bMin, "max": bMax, "sum": bSum,
		"any": bAny, "all": bAll, "chr": bChr, "ord": bOrd, "hex": bHex, "oct": bOct, "bin": bBin,
		"divmod": bDivmod, "pow": bPow, "round": bRound, "format": bFormat, "id": bID, "hash": bHash,
		"vars": bVars, "exit": bExit, "quit": bExit, "input": bInput, "globals": bGlobals,
		"locals": bLocals, "dir": bDir, "__import__": bImport, "aiter": bAiter, "anext": bAnext,
	}
	for name, fn := range fns {
		b := NewBuiltin(name, fn)
		b.builtin().intrinsic = intrinsicNames[name]
		d.SetStr(name, b)
	}
	for _, c := range []*Class{
		ObjectType, TypeType, IntType, BoolType, FloatType, StrType, BytesType, ListType,
		TupleType, DictType, SetType, FrozenSetType, RangeType, SliceType, PropertyType,
		ClassMethodType, StaticMethodType, SuperType, EnumerateType, ZipType, MapType,
		FilterType, ReversedType, ComplexType,
	} {
		d.SetStr(c.Name, ClassValue(c))
	}
	for _, c := range []*Class{
		BaseExceptionType, ExceptionType, ArithmeticErrorType, ZeroDivisionErrorType,
		OverflowErrorType, LookupErrorType, IndexErrorType, KeyErrorType, ValueErrorType,
		TypeErrorType, AttributeErrorType, NameErrorType, UnboundLocalErrorType,
		RuntimeErrorType, RecursionErrorType, NotImplementedErrorType, StopIterationType,
		StopAsyncIterationType, AssertionErrorType, ImportErrorType, ModuleNotFoundErrorType,
		OSErrorType, FileNotFoundErrorType, TimeoutErrorType, KeyboardInterruptType,
		SystemExitType, GeneratorExitType, UnicodeErrorType, SystemErrorType,
	} {
		d.SetStr(c.Name, ClassValue(c))
	}
	for _, c := range moreExceptions {
		d.SetStr(c.Name, ClassValue(c))
	}
	d.SetStr("None", None)
	d.SetStr("NotImplemented", NotImplemented)
	d.SetStr("Ellipsis", EllipsisValue)
	d.SetStr("__name__", NewStr("builtins"))
	for name, v := range extraBuiltins {
		d.SetStr(name, v)
	}
	return d
}

// extraBuiltins holds the built-in names that stdlib packages provide.
var extraBuiltins = map[string]Value{}

// RegisterBuiltin adds a name to every thread's builtins namespace; stdlib
// packages call it from init (open comes from stdlib/io this way).
func RegisterBuiltin(name string, v Value) { extraBuiltins[name] = v }

// argCount checks the number of positional arguments.
func argCount(name string, args []Value, lo, hi int) error {
	n := len(args)
	if n >= lo && n <= hi {
		return nil
	}
	switch {
	case lo == hi && lo == 1:
		return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", name, n)
	case lo == hi && lo == 0:
		return Errorf(TypeErrorType, "%s() takes no arguments (%d given)", name, n)
	case n < lo:
		return Errorf(TypeErrorType, "%s expected at least %d argument%s, got %d", name, lo, plural(lo), n)
	}
	return Errorf(TypeErrorType, "%s expected at most %d argument%s, got %d", name, hi, plural(hi), n)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func bPrint(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	sep, end := " ", "\n"
	out := t.Stdout
	flush := false
	for i, n := range kwNames(kw) {
		v := kw.Values[i]
		switch n {
		case "sep":
			if v.kind == KStr {
				sep = v.S()
			} else if v.kind != KNone {
				return Value{}, Errorf(TypeErrorType, "sep must be None or a string, not %s", typeName(v))
			}
		case "end":
			if v.kind == KStr {
				end = v.S()
			} else if v.kind != KNone {
				return Value{}, Errorf(TypeErrorType, "end must be None or a string, not %s", typeName(v))
			}
		case "file":
			if v.kind != KNone {
				w, err := t.writerOf(v)
				if err != nil {
					return Value{}, err
				}
				out = w
			}
		case "flush":
			flush = true
		default:
			return Value{}, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for print()", n)
		}
	}
	if _, custom := out.(writerFunc); custom {
		return None, t.printPieces(out, args, sep, end, flush, fileArg(kw))
	}
	var b strings.Builder
	for i, a := range args {
		if i > 0 {
			b.WriteString(sep)
		}
		s, err := t.str(a)
		if err != nil {
			io.WriteString(out, b.String()) // CPython has written the earlier pieces
			return Value{}, err
		}
		b.WriteString(s)
	}
	b.WriteString(end)
	io.WriteString(out, b.String())
	if flush {
		if f, ok := out.(interface{ Flush() error }); ok {
			f.Flush()
		}
	}
	return None, nil
}

// fileArg is print's file argument.
func fileArg(kw *Kwargs) Value {
	v, _ := kw.Get("file")
	return v
}

// printPieces is print to a file object of the program's own: each
// piece is a call of its write method, as in CPython.
func (t *Thread) printPieces(out io.Writer, args []Value, sep, end string, flush bool, file Value) error {
	for i, a := range args {
		if i > 0 {
			if _, err := io.WriteString(out, sep); err != nil {
				return err
			}
		}
		s, err := t.str(a)
		if err != nil {
			return err
		}
		if _, err := io.WriteString(out, s); err != nil {
			return err
		}
	}
	if _, err := io.WriteString(out, end); err != nil {
		return err
	}
	if flush {
		_, err := t.callMethod(file, "flush")
		return err
	}
	return nil
}

func kwNames(kw *Kwargs) []string {
	if kw == nil {
		return nil
	}
	return kw.Names
}

// writerOf finds where a file-like value (sys.stdout, sys.stderr) writes.
func (t *Thread) writerOf(v Value) (io.Writer, error) {
	if v.kind == KInst {
		if w, ok := v.inst().NS().GetStr("__writer__"); ok && w.kind == KInt {
			if w.I() == 2 {
				return t.Stderr, nil
			}
			return t.Stdout, nil
		}
		if m, err := t.getAttr(v, NewStr("write")); err == nil {
			return writerFunc(func(p []byte) (int, error) {
				_, err := t.call(m, []Value{NewStr(string(p))}, nil)
				return len(p), err
			}), nil
		}
	}
	return nil, Errorf(AttributeErrorType, "'%s' object has no attribute 'write'", typeName(v))
}

type writerFunc func(p []byte) (int, error)

func (w writerFunc) Write(p []byte) (int, error) { return w(p) }

// length is len(v).
func (t *Thread) length(v Value) (int64, error) {
	switch v.kind {
	case KStr:
		return int64(v.str().Len()), nil
	case KList:
		return int64(len(v.list().Items)), nil
	case KTuple:
		return int64(len(v.tuple().Items)), nil
	case KDict:
		return int64(v.dict().Len()), nil
	case KSet, KFrozenSet:
		return int64(v.set().d.Len()), nil
	case KBytes:
		return int64(len(v.bytes().B)), nil
	case KRange:
		return v.rng().Len(), nil
	case KInst:
		if p, ok := payloadOf(v); ok {
			if _, own := v.inst().Class.Lookup("__len__"); !own {
				return t.length(p)
			}
		}
		if m, ok := v.inst().Class.Lookup("__len__"); ok {
			return t.callLen(m, v)
		}
	case KClass:
		if m, ok := metaMethod(v, "__len__"); ok {
			return t.callLen(m, v)
		}
	}
	return 0, Errorf(TypeErrorType, "object of type '%s' has no len()", typeName(v))
}

// callLen runs a __len__ method and checks what it returns.
func (t *Thread) callLen(m, v Value) (int64, error) {
	r, err := t.call(m, []Value{v}, nil)
	if err != nil {
		return 0, err
	}
	r = asInt(r)
	if !isIntLike(r) {
		return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(r))
	}
	if r.I() < 0 {
		return 0, Errorf(ValueErrorType, "__len__() should return >= 0")
	}
	return r.I(), nil
}

func bLen(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if err := argCount("len", args, 1, 1); err != nil {
		return Value{}, err
	}
	n, err := t.length(args[0])
	return Int(n), err
}

func bRepr(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if err := argCount("repr", args, 1, 1); err != nil {
		return Value{}, err
	}
	s, err := t.repr(args[0])
	return NewStr(s), err
}

func bASCII(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if err := argCount("ascii", args, 1, 1); err != nil {
		return Value{}, err
	}
	s, err := t.repr(args[0])
	return NewStr(asciiEscape(s)), err
}

func bAbs(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if err := argCount("abs", args, 1, 1); err != nil {
		return Value{}, err
	}
	v := args[0]
	switch v.kind {
	case KInt, KBool:
		if v.I() < 0 {
			return t.unary(0, v)
		}
		return Int(v.I()), nil
	case KBig:
		return BigIntValue(new(big.Int).Abs(v.big())), nil
	case KFloat:
		return Float(math.Abs(v.F())), nil
	case KComplex:
		c := v.complex()
		return Float(math.Hypot(real(c), imag(c))), nil
	case KInst:
		if m, ok := v.inst().Class.Lookup("__abs__"); ok {
			return t.call(m, []Value{v}, nil)
		}
		if p, ok := payloadOf(v); ok {
			return bAbs(t, []Value{p}, nil)
		}
	}
	return Value{}, Errorf(TypeErrorType, "bad operand type for abs(): '%s'", typeName(v))
}

// isInstance is isinstance(v, cls) for a class or a tuple of classes.
func (t *Thread) isInstance(v, cls Value) (bool, error) {
	switch cls.kind {
	case KClass:
		c := cls.class()
		if TypeOf(v).IsSubclass(c) {
			return true, nil
		}
		return c == ObjectType, nil
	case KTuple:
		for _, c := range cls.tuple().Items {
			if ok, err := t.isInstance(v, c); err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	return false, Errorf(TypeErrorType, "isinstance() arg 2 must be a type, a tuple of types, or a union")
}

func bIsinstance(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if len(args) != 2 {
		return Value{}, Errorf(TypeErrorType, "isinstance expected 2 arguments, got %d", len(args))
	}
	ok, err := t.isInstance(args[0], args[1])
	return Bool(ok), err
}

func bIssubclass(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if len(args) != 2 {
		return Value{}, Errorf(TypeErrorType, "issubclass expected 2 arguments, got %d", len(args))
	}
	if args[0].kind != KClass {
		return Value{}, Errorf(TypeErrorType, "issubclass() arg 1 must be a class")
	}
	c := args[0].class()
	check := func(b Value) (bool, error) {
		if b.kind != KClass {
			return false, Errorf(TypeErrorType, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
		}
		return c.IsSubclass(b.class()) || b.class() == ObjectType, nil
	}
	if args[1].kind == KTuple {
		for _, b := range args[1].tuple().Items {
			if ok, err := check(b); err != nil || ok {
				return Bool(ok), err
			}
		}
		return False, nil
	}
	ok, err := check(args[1])
	return Bool(ok), err
}

func isAttributeError(err error) bool {
	e, ok := err.(*Exception)
	return ok && e.Value.inst().Class.IsSubclass(AttributeErrorType)
}

func bHasattr(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if len(args) != 2 || args[1].kind != KStr {
		return Value{}, Errorf(TypeErrorType, "hasattr(): attribute name must be string")
	}
	_, err := t.getAttr(args[0], args[1])
	if err != nil {
		if isAttributeError(err) {
			return False, nil
		}
		return Value{}, err
	}
	return True, nil
}

func bGetattr(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if len(args) < 2 || len(args) > 3 {
		return Value{}, Errorf(TypeErrorType, "getattr expected at least 2 arguments, got %d", len(args))
	}
	if args[1].kind != KStr {
		return Value{}, Errorf(TypeErrorType, "attribute name must be string, not '%s'", typeName(args[1]))
	}
	v, err := t.getAttr(args[0], args[1])
	if err != nil && len(args) == 3 && isAttributeError(err) {
		return args[2], nil
	}
	return v, err
}

func bSetattr(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if len(args) != 3 || args[1].kind != KStr {
		return Value{}, Errorf(TypeErrorType, "setattr expected 3 arguments")
	}
	return None, t.setAttr(args[0], args[1], args[2])
}

func bDelattr(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if len(args) != 2 || args[1].kind != KStr {
		return Value{}, Errorf(TypeErrorType, "delattr expected 2 arguments")
	}
	return None, t.delAttr(args[0], args[1])
}

func bCallable(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if err := argCount("callable", args, 1, 1); err != nil {
		return Value{}, err
	}
	return Bool(callable(args[0])), nil
}

// callable reports whether v can be called.
func callable(v Value) bool {
	switch v.kind {
	case KFunc, KBuiltin, KMethod, KClass:
		return true
	case KInst:
		_, ok := v.inst().Class.Lookup("__call__")
		return ok
	}
	return false
}

func bIter(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if err := argCount("iter", args, 1, 2); err != nil {
		return Value{}, err
	}
	if len(args) == 1 {
		return t.getIter(args[0])
	}
	fn, sentinel := args[0], args[1]
	if !callable(fn) {
		return Value{}, Errorf(TypeErrorType, "iter(v, w): v must be callable")
	}
	done := false
	return funcIter("callable_iterator", func(t *Thread) (Value, bool, error) {
		if done {
			return Value{}, false, nil
		}
		v, err := t.call(fn, nil, nil)
		if err != nil {
			return Value{}, false, err
		}
		eq, err := t.equal(v, sentinel)
		if err != nil || eq {
			done = true
			return Value{}, false, err
		}
		return v, true, nil
	}), nil
}

func bNext(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if err := argCount("next", args, 1, 2); err != nil {
		return Value{}, err
	}
	if !t.isIterator(args[0]) {
		return Value{}, Errorf(TypeErrorType, "'%s' object is not an iterator", typeName(args[0]))
	}
	v, ok, err := t.next(args[0])
	if err != nil {
		return Value{}, err
	}
	if !ok {
		if len(args) == 2 {
			return args[1], nil
		}
		if args[0].kind == KGen {
			return Value{}, NewException(StopIterationType, stopArgs(v)...)
		}
		return Value{}, NewException(StopIterationType)
	}
	return v, nil
}

// sortValues sorts items in place with an optional key and reverse flag,
// stably, as list.sort does.
func (t *Thread) sortValues(items []Value, key Value, reverse bool) error {
	keys := items
	if key.kind != KNone && key.kind != 0 {
		keys = make([]Value, len(items))
		var intrinsic uint8
		if key.kind == KBuiltin && !key.builtin().Bound {
			intrinsic = key.builtin().intrinsic
		}
		// A function's frame copies its arguments: one slice serves all
		// the calls. Other callables get their own.
		arg := make([]Value, 1)
		for i, x := range items {
			if intrinsic != 0 {
				if k, ok := t.callIntrinsic(intrinsic, []Value{x}); ok {
					keys[i] = k
					continue
				}
			}
			if key.kind != KFunc {
				arg = make([]Value, 1)
			}
			arg[0] = x
			k, err := t.call(key, arg, nil)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	if sortFast(items, keys, reverse) {
		return nil
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	var err error
	less := func(a, b Value) bool {
		if err != nil {
			return false
		}
		if a.kind == KInt && b.kind == KInt {
			return a.I() < b.I()
		}
		if a.kind == KStr && b.kind == KStr {
			return a.S() < b.S()
		}
		if a.kind == KFloat && b.kind == KFloat {
			return a.F() < b.F()
		}
		r, e := t.compare(opLt, a, b)
		if e != nil {
			err = e
			return false
		}
		ok, e := t.truth(r)
		if e != nil {
			err = e
		}
		return ok
	}
	mergeSort(idx, func(i, j int) bool {
		if reverse {
			return less(keys[j], keys[i])
		}
		return less(keys[i], keys[j])
	}, func() bool { return err != nil })
	if err != nil {
		return err
	}
	sorted := make([]Value, len(items))
	for i, k := range idx {
		sorted[i] = items[k]
	}
	copy(items, sorted)
	return nil
}

func sortArgs(kw *Kwargs, fname string) (Value, bool, error) {
	key, reverse := None, false
	for i, n := range kwNames(kw) {
		switch n {
		case "key":
			key = kw.Values[i]
		case "reverse":
			reverse = kw.Values[i].kind != KNone && kw.Values[i].bits != 0
		default:
			return None, false, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", n, fname)
		}
	}
	return key, reverse, nil
}

func bSorted(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if len(args) != 1 {
		return Value{}, Errorf(TypeErrorType, "sorted expected 1 argument, got %d", len(args))
	}
	items, err := t.toSlice(args[0])
	if err != nil {
		return Value{}, err
	}
	key, reverse, err := sortArgs(kw, "sort")
	if err != nil {
		return Value{}, err
	}
	if err := t.sortValues(items, key, reverse); err != nil {
		return Value{}, err
	}
	return NewList(items), nil
}

// minMax implements min() and max().
func minMax(name string, wantGreater bool) BuiltinFunc {
	return func(t *Thread, args []Value, kw *Kwargs) (Value, error) {
		key, def := None, Value{}
		hasDefault := false
		for i, n := range kwNames(kw) {
			switch n {
			case "key":
				key = kw.Values[i]
			case "default":
				def, hasDefault = kw.Values[i], true
			default:
				return Value{}, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", n, name)
			}
		}
		var items []Value
		var err error
		switch len(args) {
		case 0:
			return Value{}, Errorf(TypeErrorType, "%s expected at least 1 argument, got 0", name)
		case 1:
			if items, err = t.toSlice(args[0]); err != nil {
				return Value{}, err
			}
		default:
			if hasDefault {
				return Value{}, Errorf(TypeErrorType, "Cannot specify a default for %s() with multiple positional arguments", name)
			}
			items = args
		}
		if len(items) == 0 {
			if hasDefault {
				return def, nil
			}
			return Value{}, Errorf(ValueErrorType, "%s() arg is an empty sequence", name)
		}
		best, bestKey := items[0], items[0]
		if key.kind != KNone {
			if bestKey, err = t.call(key, []Value{best}, nil); err != nil {
				return Value{}, err
			}
		}
		for _, x := range items[1:] {
			k := x
			if key.kind != KNone {
				if k, err = t.call(key, []Value{x}, nil); err != nil {
					return Value{}, err
				}
			}
			op := opLt
			if wantGreater {
				op = opGt
			}
			r, err := t.compare(op, k, bestKey)
			if err != nil {
				return Value{}, err
			}
			if r.kind == KBool && r.bits != 0 {
				best, bestKey = x, k
			}
		}
		return best, nil
	}
}

var (
	bMin = minMax("min", false)
	bMax = minMax("max", true)
)

func bSum(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if err := argCount("sum", args, 1, 2); err != nil {
		return Value{}, err
	}
	acc := Int(0)
	if len(args) == 2 {
		acc = args[1]
	}
	if v, ok := kw.Get("start"); ok {
		acc = v
	}
	if acc.kind == KStr {
		return Value{}, Errorf(TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]")
	}
	err := t.iterate(args[0], func(x Value) error {
		var err error
		if acc.kind == KInt && x.kind == KInt {
			if s := acc.I() + x.I(); (s > acc.I()) == (x.I() > 0) {
				acc = Int(s)
				return nil
			}
		}
		acc, err = t.binary(opAdd, acc, x)
		return err
	})
	return acc, err
}

func bAny(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if err := argCount("any", args, 1, 1); err != nil {
		return Value{}, err
	}
	found := false
	err := t.iterate(args[0], func(x Value) error {
		b, err := t.truth(x)
		if b {
			found = true
			return errStopIteration
		}
		return err
	})
	if err == errStopIteration {
		err = nil
	}
	return Bool(found), err
}

func bAll(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if err := argCount("all", args, 1, 1); err != nil {
		return Value{}, err
	}
	all := true
	err := t.iterate(args[0], func(x Value) error {
		b, err := t.truth(x)
		if err == nil && !b {
			all = false
			return errStopIteration
		}
		return err
	})
	if err == errStopIteration {
		err = nil
	}
	return Bool(all), err
}

func bChr(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if err := argCount("chr", args, 1, 1); err != nil {
		return Value{}, err
	}
	i, err := t.index(args[0], "chr")
	if err != nil {
		return Value{}, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(args[0]))
	}
	if i < 0 || i > 0x10FFFF {
		return Value{}, Errorf(ValueErrorType, "chr() arg not in range(0x110000)")
	}
	var b strings.Builder
	writeRuneWTF8(&b, rune(i))
	return NewStr(b.String()), nil
}

// writeRuneWTF8 writes a code point, surrogates included.
func writeRuneWTF8(b *strings.Builder, r rune) {
	if r >= 0xD800 && r <= 0xDFFF {
		b.WriteByte(byte(0xE0 | r>>12))
		b.WriteByte(byte(0x80 | (r>>6)&0x3F))
		b.WriteByte(byte(0x80 | r&0x3F))
		return
	}
	b.WriteRune(r)
}

func bOrd(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if err := argCount("ord", args, 1, 1); err != nil {
		return Value{}, err
	}
	v := unwrapPayload(args[0])
	switch v.kind {
	case KStr:
		s := v.str()
		if s.Len() != 1 {
			return Value{}, Errorf(TypeErrorType, "ord() expected a character, but string of length %d found", s.Len())
		}
		r := []rune(s.S)[0]
		return Int(int64(r)), nil
	case KBytes:
		b := v.bytes().B
		if len(b) != 1 {
			return Value{}, Errorf(TypeErrorType, "ord() expected a character, but string of length %d found", len(b))
		}
		return Int(int64(b[0])), nil
	}
	return Value{}, Errorf(TypeErrorType, "ord() expected string of length 1, but %s found", typeName(v))
}

func radix(name, prefix string, base int) BuiltinFunc {
	return func(t *Thread, args []Value, kw *Kwargs) (Value, error) {
		if err := argCount(name, args, 1, 1); err != nil {
			return Value{}, err
		}
		n := unwrapPayload(args[0])
		if !isIntLike(n) {
			return Value{}, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(args[0]))
		}
		b := toBig(n)
		if b.Sign() < 0 {
			return NewStr("-" + prefix + new(big.Int).Neg(b).Text(base)), nil
		}
		return NewStr(prefix + b.Text(base)), nil
	}
}

var (
	bHex = radix("hex", "0x", 16)
	bOct = radix("oct", "0o", 8)
	bBin = radix("bin", "0b", 2)
)

func bDivmod(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if len(args) != 2 {
		return Value{}, Errorf(TypeErrorType, "divmod expected 2 arguments, got %d", len(args))
	}
	x, y := args[0], args[1]
	if !isNumber(x) || !isNumber(y) || x.kind == KComplex || y.kind == KComplex {
		return t.divmodDunder(x, y)
	}
	if y.kind == KFloat && y.F() == 0 || x.kind == KFloat && isIntLike(y) && y.kind != KBig && y.I() == 0 {
		return Value{}, Errorf(ZeroDivisionErrorType, "float divmod()")
	}
	if isIntLike(y) && y.kind != KBig && y.I() == 0 {
		return Value{}, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
	}
	q, err := t.binary(opFloorDiv, x, y)
	if err != nil {
		return Value{}, err
	}
	r, err := t.binary(opMod, x, y)
	if err != nil {
		return Value{}, err
	}
	return newTupleFrom([]Value{q, r}), nil
}

// divmodDunder is divmod(x, y) through __divmod__ and __rdivmod__.
func (t *Thread) divmodDunder(x, y Value) (Value, error) {
	if x.kind == KInst {
		if m, ok := x.inst().Class.Lookup("__divmod__"); ok {
			if r, err := t.call(m, []Value{x, y}, nil); err != nil || r.kind != KNotImpl {
				return r, err
			}
		}
	}
	if y.kind == KInst {
		if m, ok := y.inst().Class.Lookup("__rdivmod__"); ok {
			if r, err := t.call(m, []Value{y, x}, nil); err != nil || r.kind != KNotImpl {
				return r, err
			}
		}
	}
	if px, py := unwrapPayload(x), unwrapPayload(y); !Is(px, x) || !Is(py, y) {
		return bDivmod(t, []Value{px, py}, nil)
	}
	return Value{}, Errorf(TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'", typeName(x), typeName(y))
}

func bPow(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if err := argCount("pow", args, 2, 3); err != nil {
		return Value{}, err
	}
	if len(args) == 2 || args[2].kind == KNone {
		return t.binary(opPow, args[0], args[1])
	}
	if !isIntLike(args[0]) || !isIntLike(args[1]) || !isIntLike(args[2]) {
		return Value{}, Errorf(TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	m := toBig(args[2])
	if m.Sign() == 0 {
		return Value{}, Errorf(ValueErrorType, "pow() 3rd argument cannot be 0")
	}
	e := toBig(args[1])
	base := toBig(args[0])
	if e.Sign() < 0 {
		inv := new(big.Int).ModInverse(base, new(big.Int).Abs(m))
		if inv == nil {
			return Value{}, Errorf(ValueErrorType, "base is not invertible for the given modulus")
		}
		base, e = inv, new(big.Int).Neg(e)
	}
	r := new(big.Int).Exp(base, e, new(big.Int).Abs(m))
	if m.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, m)
	}
	return BigIntValue(r), nil
}

func bFormat(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if err := argCount("format", args, 1, 2); err != nil {
		return Value{}, err
	}
	spec := ""
	if len(args) == 2 {
		if args[1].kind != KStr {
			return Value{}, Errorf(TypeErrorType, "format() argument 2 must be str, not %s", typeName(args[1]))
		}
		spec = args[1].S()
	}
	s, err := t.format(args[0], spec)
	return NewStr(s), err
}

func bID(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if err := argCount("id", args, 1, 1); err != nil {
		return Value{}, err
	}
	v := args[0]
	if v.ptr == nil {
		return Int(int64(v.kind)<<56 ^ int64(v.bits)), nil
	}
	return Int(int64(uintptr(v.ptr))), nil
}

func bHash(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if err := argCount("hash", args, 1, 1); err != nil {
		return Value{}, err
	}
	h, err := t.hash(args[0])
	if v := unwrapPayload(args[0]); isNumber(v) && (v.kind != KFloat || v.F() == math.Trunc(v.F()) && math.Abs(v.F()) < 1<<63) {
		return Int(int64(h)), err
	}
	if int64(h) == -1 {
		h-- // -1 is never a hash, as in CPython
	}
	// The hash itself: a __hash__ returning hash(s) then agrees with s in dicts.
	return Int(int64(h)), err
}

func bVars(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if err := argCount("vars", args, 0, 1); err != nil {
		return Value{}, err
	}
	if len(args) == 0 {
		return bLocals(t, nil, nil)
	}
	v, err := t.getAttr(args[0], NewStr("__dict__"))
	if e, ok := err.(*Exception); ok && e.Value.inst().Class.IsSubclass(AttributeErrorType) {
		return Value{}, Errorf(TypeErrorType, "vars() argument must have __dict__ attribute")
	}
	return v, err
}

// bGlobals is globals(): the calling frame's global namespace.
func bGlobals(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if err := argCount("globals", args, 0, 0); err != nil {
		return Value{}, err
	}
	if t.cur == nil {
		return NewDict(), nil
	}
	return ptrValue(KDict, unsafePointer(t.cur.globals)), nil
}

// bLocals is locals(): the namespace of a module or class body, or a
// snapshot of a function's bound local variables.
func bLocals(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if err := argCount("locals", args, 0, 0); err != nil {
		return Value{}, err
	}
	f := t.cur
	if f == nil {
		return NewDict(), nil
	}
	if f.locals != nil {
		return ptrValue(KDict, unsafePointer(f.locals)), nil
	}
	d := newDict(0)
	code := f.code
	for i, name := range code.LocalNames {
		if k := code.cellIndex(name); k >= 0 {
			if c := f.cells[k]; c != nil && c.Bound {
				d.SetStr(name, c.V)
			}
			continue
		}
		if i < len(f.regs) && f.regs[i].kind != KUnbound {
			if v := f.regs[i]; v.kind == KIter {
				// A comprehension's '.0' escapes: no reuse after its loop.
				v.iter().private = false
			}
			d.SetStr(name, f.regs[i])
		}
	}
	for k, name := range append(append([]string(nil), code.CellNames...), code.FreeNames...) {
		if _, ok := d.GetStr(name); !ok && k < len(f.cells) && f.cells[k] != nil && f.cells[k].Bound {
			d.SetStr(name, f.cells[k].V)
		}
	}
	return ptrValue(KDict, unsafePointer(d)), nil
}

func bExit(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	return Value{}, NewException(SystemExitType, args...)
}

func bInput(t *Thread, args []Value, kw *Kwargs) (Value, error) {
	if len(args) > 0 {
		s, err := t.str(args[0])
		if err != nil {
			return Value{}, err
		}
		fmt.Fprint(t.Stdout, s)
	}
	line, err := t.readLine()
	if err != nil {
		return Value{}, err
	}
	return NewStr(line), nil
}
