package vm

import (
	"strings"
	"unicode/utf8"
)

// Most bytes methods are the str methods applied to the bytes read as
// Latin-1 (one code point per byte) with the results turned back into
// bytes; the case methods and predicates are ASCII-only, as in CPython.

// latin1 reads bytes as a string of code points 0-255.
func latin1(b []byte) string {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}

// unLatin1 turns a string of code points 0-255 back into bytes.
func unLatin1(s string) []byte {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		out = append(out, byte(r))
	}
	return out
}

// bytesArg converts an argument of a bytes method to its str form.
func bytesArg(v Value, intOK bool) (Value, error) {
	switch v.kind {
	case KBytes:
		return NewStr(latin1(v.bytes().B)), nil
	case KTuple:
		items := make([]Value, len(v.tuple().Items))
		for i, x := range v.tuple().Items {
			y, err := bytesArg(x, false)
			if err != nil {
				return Value{}, err
			}
			items[i] = y
		}
		return NewTuple(items), nil
	case KNone:
		return v, nil
	case KInt, KBool:
		if intOK {
			if v.I() < 0 || v.I() > 255 {
				return Value{}, Errorf(ValueErrorType, "byte must be in range(0, 256)")
			}
			return NewStr(string(rune(v.I()))), nil
		}
		return v, nil
	}
	return Value{}, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", typeName(v))
}

// fromStrResult turns a str method's result back into bytes.
func fromStrResult(v Value) Value {
	switch v.kind {
	case KStr:
		return NewBytes(unLatin1(v.S()))
	case KList, KTuple:
		items := seqItems(v)
		out := make([]Value, len(items))
		for i, x := range items {
			out[i] = fromStrResult(x)
		}
		if v.kind == KList {
			return NewList(out)
		}
		return NewTuple(out)
	}
	return v
}

// viaStr makes a bytes method from the str method of the same name;
// with intArg, the first argument may be an int naming a byte (find,
// count, index).
func viaStr(name string, intArg bool) methodFunc {
	return func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		args := make([]Value, len(a))
		args[0] = NewStr(latin1(a[0].bytes().B))
		for i, x := range a[1:] {
			if isIntLike(x) && !(intArg && i == 0) {
				args[i+1] = x
				continue
			}
			y, err := bytesArg(x, intArg && i == 0)
			if err != nil {
				return Value{}, err
			}
			args[i+1] = y
		}
		r, err := strMethods[name](t, args, kw)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Value.inst().Class == ValueErrorType && excMessage(e.Value.inst()) == "substring not found" {
				return Value{}, Errorf(ValueErrorType, "subsection not found")
			}
			return Value{}, err
		}
		return fromStrResult(r), nil
	}
}

func isASCIILower(c byte) bool { return c >= 'a' && c <= 'z' }
func isASCIIUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }
func isASCIIAlpha(c byte) bool { return isASCIILower(c) || isASCIIUpper(c) }
func isASCIISpace(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }

// bytesMap makes a bytes method that maps each byte.
func bytesMap(name string, f func(c byte) byte) methodFunc {
	return func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		if len(a) != 1 {
			return Value{}, Errorf(TypeErrorType, "bytes.%s() takes no arguments (%d given)", name, len(a)-1)
		}
		src := a[0].bytes().B
		out := make([]byte, len(src))
		for i, c := range src {
			out[i] = f(c)
		}
		return NewBytes(out), nil
	}
}

func swapASCII(c byte) byte {
	switch {
	case isASCIILower(c):
		return c - 32
	case isASCIIUpper(c):
		return c + 32
	}
	return c
}

func upperASCII(c byte) byte {
	if isASCIILower(c) {
		return c - 32
	}
	return c
}

func lowerASCII(c byte) byte {
	if isASCIIUpper(c) {
		return c + 32
	}
	return c
}

// bytesTest makes a predicate that holds when every byte passes.
func bytesTest(pred func(byte) bool) methodFunc {
	return func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		b := a[0].bytes().B
		if len(b) == 0 {
			return False, nil
		}
		for _, c := range b {
			if !pred(c) {
				return False, nil
			}
		}
		return True, nil
	}
}

// bytesCased makes isupper and islower.
func bytesCased(is, not func(byte) bool) methodFunc {
	return func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
		cased := false
		for _, c := range a[0].bytes().B {
			if not(c) {
				return False, nil
			}
			cased = cased || is(c)
		}
		return Bool(cased), nil
	}
}

// bytesTitle is bytes.title: words start upper case, go on lower case.
func bytesTitle(t *Thread, a []Value, kw *Kwargs) (Value, error) {
	src := a[0].bytes().B
	out := make([]byte, len(src))
	prev := false
	for i, c := range src {
		if prev {
			out[i] = lowerASCII(c)
		} else {
			out[i] = upperASCII(c)
		}
		prev = isASCIIAlpha(c)
	}
	return NewBytes(out), nil
}

func bytesCapitalize(t *Thread, a []Value, kw *Kwargs) (Value, error) {
	src := a[0].bytes().B
	out := make([]byte, len(src))
	for i, c := range src {
		if i == 0 {
			out[i] = upperASCII(c)
		} else {
			out[i] = lowerASCII(c)
		}
	}
	return NewBytes(out), nil
}

func bytesIsTitle(t *Thread, a []Value, kw *Kwargs) (Value, error) {
	prev, cased := false, false
	for _, c := range a[0].bytes().B {
		switch {
		case isASCIIUpper(c):
			if prev {
				return False, nil
			}
			prev, cased = true, true
		case isASCIILower(c):
			if !prev {
				return False, nil
			}
			prev, cased = true, true
		default:
			prev = false
		}
	}
	return Bool(cased), nil
}

func bytesJoin(t *Thread, a []Value, kw *Kwargs) (Value, error) {
	if len(a) != 2 {
		return Value{}, Errorf(TypeErrorType, "bytes.join() takes exactly one argument (%d given)", len(a)-1)
	}
	var parts [][]byte
	i := 0
	err := t.iterate(a[1], func(x Value) error {
		if x.kind != KBytes {
			return Errorf(TypeErrorType, "sequence item %d: expected a bytes-like object, %s found", i, typeName(x))
		}
		parts = append(parts, x.bytes().B)
		i++
		return nil
	})
	if err != nil {
		return Value{}, err
	}
	return NewBytes([]byte(strings.Join(bytesToStrings(parts), string(a[0].bytes().B)))), nil
}

func bytesToStrings(parts [][]byte) []string {
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = string(p)
	}
	return out
}

func bytesHex(t *Thread, a []Value, kw *Kwargs) (Value, error) {
	sep := ""
	if len(a) > 1 {
		s, err := bytesArgString(a[1])
		if err != nil {
			return Value{}, err
		}
		sep = s
	}
	var b strings.Builder
	for i, c := range a[0].bytes().B {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteByte("0123456789abcdef"[c>>4])
		b.WriteByte("0123456789abcdef"[c&15])
	}
	return NewStr(b.String()), nil
}

func bytesArgString(v Value) (string, error) {
	switch v.kind {
	case KStr:
		return v.S(), nil
	case KBytes:
		return string(v.bytes().B), nil
	}
	return "", Errorf(TypeErrorType, "sep must be str or bytes.")
}

// codecArgs reads the encoding and errors arguments of encode and decode.
func codecArgs(a []Value, kw *Kwargs) (enc, errors string) {
	enc, errors = "utf-8", "strict"
	if len(a) > 1 && a[1].kind == KStr {
		enc = a[1].S()
	}
	if v, ok := kw.Get("encoding"); ok && v.kind == KStr {
		enc = v.S()
	}
	if len(a) > 2 && a[2].kind == KStr {
		errors = a[2].S()
	}
	if v, ok := kw.Get("errors"); ok && v.kind == KStr {
		errors = v.S()
	}
	return normalizeCodec(enc), errors
}

// normalizeCodec maps the spellings of the supported codecs to their
// canonical names.
func normalizeCodec(enc string) string {
	switch strings.ReplaceAll(strings.ToLower(enc), "_", "-") {
	case "utf-8", "utf8", "u8":
		return "utf-8"
	case "ascii", "us-ascii":
		return "ascii"
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1":
		return "latin-1"
	}
	return enc
}

// bytesDecode is bytes.decode(encoding='utf-8', errors='strict').
func bytesDecode(t *Thread, a []Value, kw *Kwargs) (Value, error) {
	enc, errors := codecArgs(a, kw)
	b := a[0].bytes().B
	var out strings.Builder
	for i := 0; i < len(b); {
		r, size, reason := decodeOne(enc, b[i:])
		if reason == "" {
			out.WriteRune(r)
			i += size
			continue
		}
		switch errors {
		case "replace":
			out.WriteRune('\uFFFD')
		case "ignore":
		default:
			if reason == "unknown" {
				return Value{}, Errorf(LookupErrorType, "unknown encoding: %s", enc)
			}
			return Value{}, Errorf(UnicodeDecodeErrorType, "'%s' codec can't decode byte 0x%02x in position %d: %s", enc, b[i], i, reason)
		}
		i += size
	}
	return NewStr(out.String()), nil
}

// decodeOne decodes the code point at the start of b; reason says why it
// could not.
func decodeOne(enc string, b []byte) (rune, int, string) {
	switch enc {
	case "utf-8":
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size <= 1 {
			if b[0] >= 0x80 && b[0] < 0xC2 || b[0] > 0xF4 {
				return 0, 1, "invalid start byte"
			}
			if len(b) < 2 || utf8.FullRune(b) {
				if len(b) >= 2 && b[1]&0xC0 != 0x80 {
					return 0, 1, "invalid continuation byte"
				}
				return 0, 1, "unexpected end of data"
			}
			return 0, 1, "unexpected end of data"
		}
		return r, size, ""
	case "ascii":
		if b[0] >= 0x80 {
			return 0, 1, "ordinal not in range(128)"
		}
		return rune(b[0]), 1, ""
	case "latin-1":
		return rune(b[0]), 1, ""
	}
	return 0, len(b), "unknown"
}

// strEncode is str.encode(encoding='utf-8', errors='strict').
func strEncode(t *Thread, a []Value, kw *Kwargs) (Value, error) {
	enc, errors := codecArgs(a, kw)
	s := a[0].S()
	limit := rune(0)
	switch enc {
	case "utf-8":
		return NewBytes([]byte(s)), nil
	case "ascii":
		limit = 128
	case "latin-1":
		limit = 256
	default:
		return Value{}, Errorf(LookupErrorType, "unknown encoding: %s", enc)
	}
	out := make([]byte, 0, len(s))
	pos := 0
	for _, r := range s {
		switch {
		case r < limit:
			out = append(out, byte(r))
		case errors == "replace":
			out = append(out, '?')
		case errors == "ignore":
		default:
			what := "ordinal not in range(128)"
			if limit == 256 {
				what = "ordinal not in range(256)"
			}
			return Value{}, Errorf(UnicodeEncodeErrorType, "'%s' codec can't encode character '\\x%02x' in position %d: %s", strings.Replace(enc, "-", "", 1), r, pos, what)
		}
		pos++
	}
	return NewBytes(out), nil
}

// bytesMethods are the methods of bytes.
var bytesMethods = newBytesMethods()

func newBytesMethods() map[string]methodFunc {
	m := map[string]methodFunc{
		"decode": bytesDecode, "hex": bytesHex, "join": bytesJoin,
		"upper": bytesMap("upper", upperASCII), "lower": bytesMap("lower", lowerASCII),
		"swapcase": bytesMap("swapcase", swapASCII),
		"title":    bytesTitle, "capitalize": bytesCapitalize, "istitle": bytesIsTitle,
		"isalpha": bytesTest(isASCIIAlpha), "isdigit": bytesTest(isASCIIDigit),
		"isalnum": bytesTest(func(c byte) bool { return isASCIIAlpha(c) || isASCIIDigit(c) }),
		"isspace": bytesTest(isASCIISpace),
		"isascii": func(t *Thread, a []Value, kw *Kwargs) (Value, error) {
			for _, c := range a[0].bytes().B {
				if c >= 0x80 {
					return False, nil
				}
			}
			return True, nil
		},
		"isupper": bytesCased(isASCIIUpper, isASCIILower),
		"islower": bytesCased(isASCIILower, isASCIIUpper),
	}
	for _, name := range []string{"strip", "lstrip", "rstrip", "split", "rsplit", "replace",
		"startswith", "endswith", "partition", "rpartition", "zfill", "ljust", "rjust", "center",
		"splitlines", "removeprefix", "removesuffix", "expandtabs"} {
		m[name] = viaStr(name, false)
	}
	for _, name := range []string{"find", "rfind", "index", "rindex", "count"} {
		m[name] = viaStr(name, true)
	}
	return m
}
