// Package embed benchmarks calling a small script function from Go with
// asl's Interp.Call, next to gopher-lua's CallByParam and goja's
// AssertFunction, in one `go test -bench .` run (this module keeps those
// two out of asl's own dependencies).
package embed

import (
	"context"
	"testing"

	"github.com/asl-lang/asl"
	"github.com/dop251/goja"
	lua "github.com/yuin/gopher-lua"
)

func BenchmarkASLCall(b *testing.B) {
	in := asl.New()
	ctx := context.Background()
	if err := in.Exec(ctx, "f.asl", "def add(a, b):\n    return a + b\n"); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := in.Call(ctx, "add", i, 1); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGopherLuaCall(b *testing.B) {
	L := lua.NewState()
	defer L.Close()
	if err := L.DoString("function add(a, b) return a + b end"); err != nil {
		b.Fatal(err)
	}
	fn := L.GetGlobal("add")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := L.CallByParam(lua.P{Fn: fn, NRet: 1, Protect: true}, lua.LNumber(i), lua.LNumber(1)); err != nil {
			b.Fatal(err)
		}
		L.Pop(1)
	}
}

func BenchmarkGojaCall(b *testing.B) {
	vm := goja.New()
	if _, err := vm.RunString("function add(a, b) { return a + b }"); err != nil {
		b.Fatal(err)
	}
	add, ok := goja.AssertFunction(vm.Get("add"))
	if !ok {
		b.Fatal("add is not a function")
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := add(goja.Undefined(), vm.ToValue(i), vm.ToValue(1)); err != nil {
			b.Fatal(err)
		}
	}
}
