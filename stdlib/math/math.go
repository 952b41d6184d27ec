// Package math is asl's math module: CPython's common functions and
// constants over Go's math package, with CPython's errors.
package math

import (
	gomath "math"
	"math/big"

	"github.com/asl-lang/asl/vm"
)

func init() { vm.RegisterModule("math", build) }

type fn = func(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error)

func build(t *vm.Thread) vm.Value {
	d := vm.NewDict().Dict()
	d.SetStr("pi", vm.Float(gomath.Pi))
	d.SetStr("e", vm.Float(gomath.E))
	d.SetStr("tau", vm.Float(2*gomath.Pi))
	d.SetStr("inf", vm.Float(gomath.Inf(1)))
	d.SetStr("nan", vm.Float(gomath.NaN()))
	for name, f := range map[string]func(float64) float64{
		"sqrt": gomath.Sqrt, "exp": gomath.Exp, "sin": gomath.Sin, "cos": gomath.Cos,
		"tan": gomath.Tan, "asin": gomath.Asin, "acos": gomath.Acos, "atan": gomath.Atan,
		"sinh": gomath.Sinh, "cosh": gomath.Cosh, "tanh": gomath.Tanh, "fabs": gomath.Abs,
		"log2": log2, "log10": log10, "log1p": gomath.Log1p, "expm1": gomath.Expm1,
		"degrees": func(x float64) float64 { return x * 180 / gomath.Pi },
		"radians": func(x float64) float64 { return x * gomath.Pi / 180 },
	} {
		d.SetStr(name, vm.NewBuiltin(name, unary(name, f)))
	}
	for name, f := range map[string]func(a, b float64) float64{
		"atan2": gomath.Atan2, "copysign": gomath.Copysign, "fmod": gomath.Mod, "pow": gomath.Pow,
	} {
		d.SetStr(name, vm.NewBuiltin(name, binary(name, f)))
	}
	for name, f := range map[string]fn{
		"floor": rounding("floor", gomath.Floor), "ceil": rounding("ceil", gomath.Ceil),
		"trunc": rounding("trunc", gomath.Trunc), "log": mLog, "hypot": mHypot,
		"isclose": mIsclose, "isnan": predicate("isnan", func(x float64) bool { return gomath.IsNaN(x) }),
		"isinf":    predicate("isinf", func(x float64) bool { return gomath.IsInf(x, 0) }),
		"isfinite": predicate("isfinite", func(x float64) bool { return !gomath.IsInf(x, 0) && !gomath.IsNaN(x) }),
		"gcd":      mGcd, "lcm": mLcm, "factorial": mFactorial, "isqrt": mIsqrt, "fsum": mFsum,
		"prod": mProd, "comb": mComb, "perm": mPerm,
	} {
		d.SetStr(name, vm.NewBuiltin(name, f))
	}
	for name, f := range moreFunctions() {
		d.SetStr(name, vm.NewBuiltin(name, f))
	}
	return vm.NewModule("math", d)
}

func count(name string, args []vm.Value, n int) error {
	if len(args) != n {
		if n == 1 {
			return vm.Errorf(vm.TypeErrorType, "math.%s() takes exactly one argument (%d given)", name, len(args))
		}
		return vm.Errorf(vm.TypeErrorType, "%s expected %d arguments, got %d", name, n, len(args))
	}
	return nil
}

func domainError() error { return vm.Errorf(vm.ValueErrorType, "math domain error") }

// result checks a float result as CPython does: NaN from a number is a
// domain error, infinity from a finite number an overflow.
func result(r float64, in ...float64) (vm.Value, error) {
	finite := true
	for _, x := range in {
		if gomath.IsNaN(x) {
			return vm.Float(r), nil
		}
		if gomath.IsInf(x, 0) {
			finite = false
		}
	}
	if gomath.IsNaN(r) {
		return vm.Value{}, domainError()
	}
	if gomath.IsInf(r, 0) && finite {
		return vm.Value{}, vm.Errorf(vm.OverflowErrorType, "math range error")
	}
	return vm.Float(r), nil
}

// floats reads the n real-number arguments of name.
func floats(name string, args []vm.Value, n int) ([]float64, error) {
	if err := count(name, args, n); err != nil {
		return nil, err
	}
	out := make([]float64, n)
	for i, a := range args {
		x, err := realArg(a)
		if err != nil {
			return nil, err
		}
		out[i] = x
	}
	return out, nil
}

// realArg reads a real number as a float, with CPython's errors.
func realArg(v vm.Value) (float64, error) { return vm.FloatArg(v) }

func unary(name string, f func(float64) float64) fn {
	return func(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		if (name == "log2" || name == "log10") && len(args) == 1 && vm.IsInt(args[0]) {
			// ints too large for a float: mantissa and exponent
			if b, _ := vm.IntArg(args[0]); b.Sign() > 0 && b.BitLen() > 1000 {
				mant := new(big.Float)
				exp := new(big.Float).SetInt(b).MantExp(mant)
				m, _ := mant.Float64()
				return vm.Float(f(m) + f(2)*float64(exp)), nil
			}
		}
		xs, err := floats(name, args, 1)
		if err != nil {
			return vm.Value{}, err
		}
		x := xs[0]
		switch name {
		case "sqrt", "log2", "log10":
			if x < 0 || (x == 0 && name != "sqrt") {
				return vm.Value{}, domainError()
			}
		case "log1p":
			if x <= -1 {
				return vm.Value{}, domainError()
			}
		case "atanh":
			if x <= -1 || x >= 1 {
				return vm.Value{}, domainError()
			}
		}
		return result(f(x), x)
	}
}

func binary(name string, f func(a, b float64) float64) fn {
	return func(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		xs, err := floats(name, args, 2)
		if err != nil {
			return vm.Value{}, err
		}
		a, b := xs[0], xs[1]
		if name == "fmod" && (gomath.IsInf(a, 0) || b == 0) && !gomath.IsNaN(a) && !gomath.IsNaN(b) {
			return vm.Value{}, domainError()
		}
		if name == "nextafter" {
			return vm.Float(f(a, b)), nil
		}
		if name == "pow" && a == 0 && b < 0 {
			return vm.Value{}, domainError()
		}
		return result(f(a, b), a, b)
	}
}

func predicate(name string, f func(float64) bool) fn {
	return func(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		xs, err := floats(name, args, 1)
		if err != nil {
			return vm.Value{}, err
		}
		return vm.Bool(f(xs[0])), nil
	}
}

// rounding is floor, ceil or trunc: an int, exact for ints of any size.
func rounding(name string, f func(float64) float64) fn {
	return func(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		if err := count(name, args, 1); err != nil {
			return vm.Value{}, err
		}
		if vm.IsInt(args[0]) {
			b, _ := vm.IntArg(args[0])
			return vm.BigIntValue(b), nil
		}
		if k := args[0].Kind(); k != vm.KFloat {
			if m, err := t.GetAttr(args[0], "__"+name+"__"); err == nil {
				return t.Call(m, nil, nil)
			}
			if name == "trunc" {
				return vm.Value{}, vm.Errorf(vm.TypeErrorType, "type %s doesn't define __trunc__ method", vm.TypeName(args[0]))
			}
		}
		x, err := vm.FloatArg(args[0])
		if err != nil {
			return vm.Value{}, err
		}
		return floatToInt(f(x))
	}
}

func floatToInt(x float64) (vm.Value, error) {
	switch {
	case gomath.IsNaN(x):
		return vm.Value{}, vm.Errorf(vm.ValueErrorType, "cannot convert float NaN to integer")
	case gomath.IsInf(x, 0):
		return vm.Value{}, vm.Errorf(vm.OverflowErrorType, "cannot convert float infinity to integer")
	}
	b, _ := big.NewFloat(x).Int(nil)
	return vm.BigIntValue(b), nil
}

func mLog(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(args) < 1 || len(args) > 2 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "log expected 1 or 2 arguments, got %d", len(args))
	}
	lnArg := func(v vm.Value) (float64, error) {
		if vm.IsInt(v) {
			b, _ := vm.IntArg(v)
			if b.Sign() <= 0 {
				return 0, domainError()
			}
			if f, _ := new(big.Float).SetInt(b).Float64(); !gomath.IsInf(f, 0) {
				return ln(f), nil
			}
			// log of an int too large for a float: mantissa and exponent.
			mant := new(big.Float)
			exp := new(big.Float).SetInt(b).MantExp(mant)
			m, _ := mant.Float64()
			return ln(m) + float64(exp)*gomath.Ln2, nil
		}
		x, err := vm.FloatArg(v)
		if err != nil {
			return 0, err
		}
		if x <= 0 {
			return 0, domainError()
		}
		return ln(x), nil
	}
	x, err := lnArg(args[0])
	if err != nil {
		return vm.Value{}, err
	}
	if len(args) == 2 {
		b, err := lnArg(args[1])
		if err != nil {
			return vm.Value{}, err
		}
		if b == 0 {
			return vm.Value{}, vm.Errorf(vm.ZeroDivisionErrorType, "float division by zero")
		}
		x /= b
	}
	return vm.Float(x), nil
}

func mHypot(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	vec := make([]float64, len(args))
	for i, a := range args {
		x, err := realArg(a)
		if err != nil {
			return vm.Value{}, err
		}
		vec[i] = x
	}
	return vm.Float(norm(vec)), nil
}

func mIsclose(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(args) != 2 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "isclose() takes exactly 2 positional arguments (%d given)", len(args))
	}
	a, err := vm.FloatArg(args[0])
	if err != nil {
		return vm.Value{}, err
	}
	b, err := vm.FloatArg(args[1])
	if err != nil {
		return vm.Value{}, err
	}
	rel, abs := 1e-9, 0.0
	if v, ok := kw.Get("rel_tol"); ok {
		if rel, err = vm.FloatArg(v); err != nil {
			return vm.Value{}, err
		}
	}
	if v, ok := kw.Get("abs_tol"); ok {
		if abs, err = vm.FloatArg(v); err != nil {
			return vm.Value{}, err
		}
	}
	if rel < 0 || abs < 0 {
		return vm.Value{}, vm.Errorf(vm.ValueErrorType, "tolerances must be non-negative")
	}
	if a == b {
		return vm.Bool(true), nil
	}
	if gomath.IsInf(a, 0) || gomath.IsInf(b, 0) {
		return vm.Bool(false), nil
	}
	diff := gomath.Abs(b - a)
	return vm.Bool(diff <= gomath.Abs(rel*b) || diff <= gomath.Abs(rel*a) || diff <= abs), nil
}

// ints reads all arguments as ints.
func ints(args []vm.Value) ([]*big.Int, error) {
	out := make([]*big.Int, len(args))
	for i, a := range args {
		b, err := vm.IntArg(a)
		if err != nil {
			return nil, err
		}
		out[i] = b
	}
	return out, nil
}

func mGcd(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	ns, err := ints(args)
	if err != nil {
		return vm.Value{}, err
	}
	g := new(big.Int)
	for _, n := range ns {
		g.GCD(nil, nil, g, new(big.Int).Abs(n))
	}
	return vm.BigIntValue(g), nil
}

func mLcm(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	ns, err := ints(args)
	if err != nil {
		return vm.Value{}, err
	}
	l := big.NewInt(1)
	for _, n := range ns {
		a := new(big.Int).Abs(n)
		if a.Sign() == 0 {
			return vm.Int(0), nil
		}
		g := new(big.Int).GCD(nil, nil, l, a)
		l.Mul(l, a.Quo(a, g))
	}
	return vm.BigIntValue(l), nil
}

// oneInt reads the only argument of name as a non-negative int.
func oneInt(name string, args []vm.Value) (*big.Int, error) {
	if err := count(name, args, 1); err != nil {
		return nil, err
	}
	n, err := vm.IntArg(args[0])
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		msg := map[string]string{"factorial": "factorial() not defined for negative values", "isqrt": "isqrt() argument must be nonnegative"}[name]
		return nil, vm.Errorf(vm.ValueErrorType, "%s", msg)
	}
	return n, nil
}

func mFactorial(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	n, err := oneInt("factorial", args)
	if err != nil {
		return vm.Value{}, err
	}
	if !n.IsInt64() || n.Int64() > 100000 {
		return vm.Value{}, vm.Errorf(vm.OverflowErrorType, "factorial() argument should not exceed %d", int64(gomath.MaxInt64))
	}
	return vm.BigIntValue(new(big.Int).MulRange(1, n.Int64())), nil
}

func mIsqrt(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	n, err := oneInt("isqrt", args)
	if err != nil {
		return vm.Value{}, err
	}
	return vm.BigIntValue(new(big.Int).Sqrt(n)), nil
}

func mFsum(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if err := count("fsum", args, 1); err != nil {
		return vm.Value{}, err
	}
	items, err := t.Iterate(args[0])
	if err != nil {
		return vm.Value{}, err
	}
	xs := make([]float64, len(items))
	for i, v := range items {
		if xs[i], err = realArg(v); err != nil {
			return vm.Value{}, err
		}
	}
	return fsum(xs)
}

func mProd(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if err := count("prod", args, 1); err != nil {
		return vm.Value{}, err
	}
	items, err := t.Iterate(args[0])
	if err != nil {
		return vm.Value{}, err
	}
	acc := vm.Int(1)
	if v, ok := kw.Get("start"); ok {
		acc = v
	}
	for _, v := range items {
		if acc, err = t.Mul(acc, v); err != nil {
			return vm.Value{}, err
		}
	}
	return acc, nil
}

// combPerm reads n and k of comb and perm.
func combPerm(name string, args []vm.Value) (*big.Int, *big.Int, error) {
	if name == "perm" && len(args) == 2 && args[1].Kind() == vm.KNone {
		args = args[:1]
	}
	if name == "perm" && len(args) == 1 {
		n, err := vm.IntArg(args[0])
		if err != nil {
			return nil, nil, err
		}
		if n.Sign() < 0 {
			return nil, nil, vm.Errorf(vm.ValueErrorType, "factorial() not defined for negative values")
		}
		args = []vm.Value{args[0], args[0]}
	}
	if len(args) != 2 {
		return nil, nil, vm.Errorf(vm.TypeErrorType, "%s expected 2 arguments, got %d", name, len(args))
	}
	ns, err := ints(args)
	if err != nil {
		return nil, nil, err
	}
	if ns[0].Sign() < 0 {
		return nil, nil, vm.Errorf(vm.ValueErrorType, "n must be a non-negative integer")
	}
	if ns[1].Sign() < 0 {
		return nil, nil, vm.Errorf(vm.ValueErrorType, "k must be a non-negative integer")
	}
	if !ns[0].IsInt64() {
		return nil, nil, vm.Errorf(vm.OverflowErrorType, "n too large")
	}
	return ns[0], ns[1], nil
}

func mComb(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	n, k, err := combPerm("comb", args)
	if err != nil {
		return vm.Value{}, err
	}
	if k.Cmp(n) > 0 {
		return vm.Int(0), nil
	}
	return vm.BigIntValue(new(big.Int).Binomial(n.Int64(), k.Int64())), nil
}

func mPerm(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	n, k, err := combPerm("perm", args)
	if err != nil {
		return vm.Value{}, err
	}
	if k.Cmp(n) > 0 {
		return vm.Int(0), nil
	}
	return vm.BigIntValue(new(big.Int).MulRange(n.Int64()-k.Int64()+1, n.Int64())), nil
}
