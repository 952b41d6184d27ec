package compiler_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/asl-lang/asl/compiler"
	"github.com/asl-lang/asl/parser"
)

// TestCodecRoundTrip encodes and decodes the code of every asl source in
// the standard library and the conformance corpus: what comes back is
// what went in.
func TestCodecRoundTrip(t *testing.T) {
	if n := reflect.TypeOf(compiler.Code{}).NumField(); n != 27 {
		t.Fatalf("compiler.Code has %d fields: update codec.go (and this count)", n)
	}
	files, _ := filepath.Glob("../stdlib/*/*.asl")
	more, _ := filepath.Glob("../testdata/run/*/*.asl")
	files = append(files, more...)
	n := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		mod, err := parser.ParseFile(f, string(src))
		if err != nil {
			continue
		}
		code, err := compiler.Compile(f, string(src), mod)
		if err != nil {
			continue
		}
		got, err := compiler.DecodeCode(compiler.EncodeCode(code))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if !reflect.DeepEqual(got, normalize(code)) {
			t.Fatalf("%s: decoded code differs", f)
		}
		n++
	}
	if n < 100 {
		t.Fatalf("only %d files round-tripped", n)
	}
	if _, err := compiler.DecodeCode([]byte{1, 2, 3}); err == nil {
		t.Error("garbage decoded")
	}
}

// normalize makes the empty slices of code (and its nested code) nil, as
// the decoder makes them.
func normalize(c *compiler.Code) *compiler.Code {
	v := reflect.ValueOf(c).Elem()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		if f.Kind() == reflect.Slice && f.Len() == 0 && !f.IsNil() {
			f.Set(reflect.Zero(f.Type()))
		}
	}
	for _, k := range c.Consts {
		normalizeConst(k)
	}
	return c
}

func normalizeConst(k any) {
	switch v := k.(type) {
	case *compiler.Code:
		normalize(v)
	case []any:
		for _, x := range v {
			normalizeConst(x)
		}
	}
}
