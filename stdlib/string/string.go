// Package string is asl's string module: its constants and capwords in Go
// (the _string module) and Template in asl (string.asl).
package string

import (
	_ "embed"
	"strings"

	"github.com/asl-lang/asl/vm"
)

//go:embed string.asl
var src string

func init() {
	vm.RegisterModule("_string", build)
	vm.RegisterSourceModule("string", src)
}

const (
	lower       = "abcdefghijklmnopqrstuvwxyz"
	upper       = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	digits      = "0123456789"
	punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
	whitespace  = " \t\n\r\x0b\x0c"
)

func build(t *vm.Thread) vm.Value {
	d := vm.NewDict().Dict()
	for name, s := range map[string]string{
		"ascii_lowercase": lower, "ascii_uppercase": upper, "ascii_letters": lower + upper,
		"digits": digits, "hexdigits": digits + "abcdefABCDEF", "octdigits": "01234567",
		"punctuation": punctuation, "whitespace": whitespace,
		"printable": digits + lower + upper + punctuation + whitespace,
	} {
		d.SetStr(name, vm.NewStr(s))
	}
	d.SetStr("capwords", vm.NewBuiltin("capwords", capwords))
	return vm.NewModule("_string", d)
}

// capwords is string.capwords(s, sep=None): split, capitalize each word,
// join.
func capwords(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) < 1 || len(a) > 2 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "capwords() takes from 1 to 2 positional arguments but %d were given", len(a))
	}
	sep := vm.None
	if len(a) == 2 {
		sep = a[1]
	}
	if v, ok := kw.Get("sep"); ok {
		sep = v
	}
	split, err := t.GetAttr(a[0], "split")
	if err != nil {
		return vm.Value{}, err
	}
	var args []vm.Value
	if !sep.IsNone() {
		args = []vm.Value{sep}
	}
	words, err := t.Call(split, args, nil)
	if err != nil {
		return vm.Value{}, err
	}
	items, err := t.Iterate(words)
	if err != nil {
		return vm.Value{}, err
	}
	out := make([]string, len(items))
	for i, w := range items {
		c, err := t.GetAttr(w, "capitalize")
		if err != nil {
			return vm.Value{}, err
		}
		r, err := t.Call(c, nil, nil)
		if err != nil {
			return vm.Value{}, err
		}
		out[i] = r.S()
	}
	j := " "
	if !sep.IsNone() {
		j = sep.S()
	}
	return vm.NewStr(strings.Join(out, j)), nil
}
