// Package base64 is asl's base64 module (with binascii.Error): standard
// and URL-safe base64, base32 and base16, decoding as leniently as
// CPython's binascii.
package base64

import (
	gobase32 "encoding/base32"
	gobase64 "encoding/base64"
	"encoding/hex"
	"strings"

	"github.com/asl-lang/asl/vm"
)

// Error is binascii.Error, a ValueError.
var Error = vm.NewExceptionClass("Error", "binascii", vm.ValueErrorType)

func init() {
	vm.RegisterModule("base64", build)
	vm.RegisterModule("binascii", func(t *vm.Thread) vm.Value {
		d := vm.NewDict().Dict()
		d.SetStr("Error", vm.ClassValue(Error))
		return vm.NewModule("binascii", d)
	})
}

type fn = func(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error)

func build(t *vm.Thread) vm.Value {
	d := vm.NewDict().Dict()
	std, url := "+/", "-_"
	for name, f := range map[string]fn{
		"b64encode": encode64(""), "b64decode": decode64(""),
		"standard_b64encode": encode64(std), "standard_b64decode": decode64(std),
		"urlsafe_b64encode": encode64(url), "urlsafe_b64decode": decode64(url),
		"b16encode": b16encode, "b16decode": b16decode, "b32encode": b32encode, "b32decode": b32decode,
		"encodebytes": encodebytes, "decodebytes": decode64(""),
	} {
		d.SetStr(name, vm.NewBuiltin(name, f))
	}
	d.SetStr("Error", vm.ClassValue(Error))
	return vm.NewModule("base64", d)
}

// input reads a bytes argument, or for decoders an ASCII str.
func input(v vm.Value, allowStr bool) ([]byte, error) {
	if b, ok := vm.BytesOf(v); ok {
		return b, nil
	}
	if allowStr && v.Kind() == vm.KStr {
		s := v.S()
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return nil, vm.Errorf(vm.ValueErrorType, "string argument should contain only ASCII characters")
			}
		}
		return []byte(s), nil
	}
	if allowStr {
		return nil, vm.Errorf(vm.TypeErrorType, "argument should be a bytes-like object or ASCII string, not '%s'", vm.TypeName(v))
	}
	return nil, vm.Errorf(vm.TypeErrorType, "a bytes-like object is required, not '%s'", vm.TypeName(v))
}

// alt reads altchars (fixed for standard/urlsafe, else the argument).
func alt(fixed string, a []vm.Value, kw *vm.Kwargs) (string, error) {
	if fixed != "" {
		return fixed, nil
	}
	v := vm.None
	if len(a) > 1 {
		v = a[1]
	}
	if x, ok := kw.Get("altchars"); ok {
		v = x
	}
	if v.IsNone() {
		return "+/", nil
	}
	b, err := input(v, true)
	if err != nil {
		return "", err
	}
	if len(b) != 2 {
		return "", vm.Errorf(vm.ValueErrorType, "altchars must be a bytes-like object of length 2")
	}
	return string(b), nil
}

func encode64(fixed string) fn {
	return func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		if len(a) < 1 {
			return vm.Value{}, vm.Errorf(vm.TypeErrorType, "b64encode() missing 1 required positional argument: 's'")
		}
		b, err := input(a[0], false)
		if err != nil {
			return vm.Value{}, err
		}
		chars, err := alt(fixed, a, kw)
		if err != nil {
			return vm.Value{}, err
		}
		out := gobase64.StdEncoding.EncodeToString(b)
		if chars != "+/" {
			out = strings.NewReplacer("+", chars[:1], "/", chars[1:]).Replace(out)
		}
		return vm.NewBytes([]byte(out)), nil
	}
}

func decode64(fixed string) fn {
	return func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		if len(a) < 1 {
			return vm.Value{}, vm.Errorf(vm.TypeErrorType, "b64decode() missing 1 required positional argument: 's'")
		}
		b, err := input(a[0], true)
		if err != nil {
			return vm.Value{}, err
		}
		chars, err := alt(fixed, a, kw)
		if err != nil {
			return vm.Value{}, err
		}
		validate := false
		if v, ok := kw.Get("validate"); ok {
			if validate, err = t.Truth(v); err != nil {
				return vm.Value{}, err
			}
		}
		out, err := lenientDecode(b, chars, validate)
		if err != nil {
			return vm.Value{}, err
		}
		return vm.NewBytes(out), nil
	}
}

// lenientDecode is binascii.a2b_base64: characters outside the alphabet
// are skipped (unless validate), and padding ends the data.
func lenientDecode(b []byte, chars string, validate bool) ([]byte, error) {
	value := func(c byte) int {
		switch {
		case c >= 'A' && c <= 'Z':
			return int(c - 'A')
		case c >= 'a' && c <= 'z':
			return int(c-'a') + 26
		case c >= '0' && c <= '9':
			return int(c-'0') + 52
		case c == chars[0]:
			return 62
		case c == chars[1]:
			return 63
		}
		return -1
	}
	var out []byte
	quad, pads, data := 0, 0, 0
	var acc uint32
	for i, c := range b {
		if c == '=' {
			if quad >= 2 {
				if pads++; quad+pads >= 4 {
					if validate && i+1 < len(b) {
						return nil, vm.Errorf(Error, "Excess data after padding")
					}
					return out, nil
				}
			} else if validate {
				return nil, vm.Errorf(Error, "Leading padding not allowed")
			}
			continue
		}
		v := value(c)
		if v < 0 {
			if validate {
				return nil, vm.Errorf(Error, "Only base64 data is allowed")
			}
			continue
		}
		if validate && pads > 0 {
			return nil, vm.Errorf(Error, "Discontinuous padding not allowed")
		}
		data++
		acc = acc<<6 | uint32(v)
		quad++
		switch quad {
		case 2:
			out = append(out, byte(acc>>4))
		case 3:
			out = append(out, byte(acc>>2))
		case 4:
			out = append(out, byte(acc))
			quad, acc = 0, 0
		}
	}
	switch quad {
	case 0:
		return out, nil
	case 1:
		return nil, vm.Errorf(Error, "Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", data)
	}
	return nil, vm.Errorf(Error, "Incorrect padding")
}

func b16encode(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "b16encode() takes 1 positional argument but %d were given", len(a))
	}
	b, err := input(a[0], false)
	if err != nil {
		return vm.Value{}, err
	}
	return vm.NewBytes([]byte(strings.ToUpper(hex.EncodeToString(b)))), nil
}

func b16decode(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) < 1 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "b16decode() missing 1 required positional argument: 's'")
	}
	b, err := input(a[0], true)
	if err != nil {
		return vm.Value{}, err
	}
	casefold := false
	if len(a) > 1 {
		casefold, _ = t.Truth(a[1])
	}
	if v, ok := kw.Get("casefold"); ok {
		casefold, _ = t.Truth(v)
	}
	s := string(b)
	if casefold {
		s = strings.ToUpper(s)
	}
	if strings.ContainsFunc(s, func(r rune) bool { return !(r >= '0' && r <= '9' || r >= 'A' && r <= 'F') }) {
		return vm.Value{}, vm.Errorf(Error, "Non-base16 digit found")
	}
	out, err := hex.DecodeString(s)
	if err != nil {
		return vm.Value{}, vm.Errorf(Error, "Odd-length string")
	}
	return vm.NewBytes(out), nil
}

func b32encode(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "b32encode() takes 1 positional argument but %d were given", len(a))
	}
	b, err := input(a[0], false)
	if err != nil {
		return vm.Value{}, err
	}
	return vm.NewBytes([]byte(gobase32.StdEncoding.EncodeToString(b))), nil
}

func b32decode(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) < 1 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "b32decode() missing 1 required positional argument: 's'")
	}
	b, err := input(a[0], true)
	if err != nil {
		return vm.Value{}, err
	}
	casefold := false
	if len(a) > 1 {
		casefold, _ = t.Truth(a[1])
	}
	if v, ok := kw.Get("casefold"); ok {
		casefold, _ = t.Truth(v)
	}
	if casefold {
		b = []byte(strings.ToUpper(string(b)))
	}
	if len(b)%8 != 0 {
		return vm.Value{}, vm.Errorf(Error, "Incorrect padding")
	}
	out, err := gobase32.StdEncoding.DecodeString(string(b))
	if err != nil {
		return vm.Value{}, vm.Errorf(Error, "Non-base32 digit found")
	}
	return vm.NewBytes(out), nil
}

// encodebytes is base64 in lines of at most 76 characters, each ending
// in a newline.
func encodebytes(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "encodebytes() takes 1 positional argument but %d were given", len(a))
	}
	b, err := input(a[0], false)
	if err != nil {
		return vm.Value{}, err
	}
	var out []byte
	for i := 0; i < len(b); i += 57 {
		line := b[i:min(i+57, len(b))]
		out = append(out, gobase64.StdEncoding.EncodeToString(line)...)
		out = append(out, '\n')
	}
	return vm.NewBytes(out), nil
}
