package math

import (
	gomath "math"
	"math/big"

	"github.com/asl-lang/asl/vm"
)

// moreFunctions are the functions beyond the basic ones: inverse
// hyperbolics, special functions, float decomposition and norms.
func moreFunctions() map[string]fn {
	return map[string]fn{
		"asinh": unary("asinh", gomath.Asinh), "acosh": unary("acosh", gomath.Acosh),
		"atanh": unary("atanh", gomath.Atanh), "erf": unary("erf", gomath.Erf),
		"erfc": unary("erfc", gomath.Erfc), "gamma": unary("gamma", gamma),
		"lgamma": unary("lgamma", lgamma), "cbrt": unary("cbrt", gomath.Cbrt),
		"exp2":      unary("exp2", gomath.Exp2),
		"remainder": binary("remainder", gomath.Remainder),
		"nextafter": binary("nextafter", gomath.Nextafter),
		"modf":      mModf, "frexp": mFrexp, "ldexp": mLdexp, "ulp": mUlp, "dist": mDist,
	}
}

func gamma(x float64) float64 {
	if x == gomath.Trunc(x) && x <= 0 || gomath.IsInf(x, -1) {
		return gomath.NaN()
	}
	return gomath.Gamma(x)
}

func lgamma(x float64) float64 {
	if x == gomath.Trunc(x) && x <= 0 && !gomath.IsInf(x, -1) {
		return gomath.NaN()
	}
	r, _ := gomath.Lgamma(x)
	return r
}

func mModf(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	xs, err := floats("modf", args, 1)
	if err != nil {
		return vm.Value{}, err
	}
	x := xs[0]
	if gomath.IsInf(x, 0) {
		return vm.NewTuple([]vm.Value{vm.Float(gomath.Copysign(0, x)), vm.Float(x)}), nil
	}
	i, f := gomath.Modf(x)
	return vm.NewTuple([]vm.Value{vm.Float(gomath.Copysign(f, x)), vm.Float(i)}), nil
}

func mFrexp(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	xs, err := floats("frexp", args, 1)
	if err != nil {
		return vm.Value{}, err
	}
	m, e := gomath.Frexp(xs[0])
	return vm.NewTuple([]vm.Value{vm.Float(m), vm.Int(int64(e))}), nil
}

func mLdexp(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if err := count("ldexp", args, 2); err != nil {
		return vm.Value{}, err
	}
	x, err := realArg(args[0])
	if err != nil {
		return vm.Value{}, err
	}
	if !vm.IsInt(args[1]) {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "Expected an int as second argument to ldexp.")
	}
	e, _ := vm.IntArg(args[1])
	exp := 0
	switch {
	case e.Cmp(big.NewInt(100000)) > 0:
		exp = 100000
	case e.Cmp(big.NewInt(-100000)) < 0:
		exp = -100000
	default:
		exp = int(e.Int64())
	}
	if x == 0 || gomath.IsInf(x, 0) || gomath.IsNaN(x) {
		return vm.Float(x), nil
	}
	r := gomath.Ldexp(x, exp)
	if gomath.IsInf(r, 0) {
		return vm.Value{}, vm.Errorf(vm.OverflowErrorType, "math range error")
	}
	return vm.Float(r), nil
}

func mUlp(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	xs, err := floats("ulp", args, 1)
	if err != nil {
		return vm.Value{}, err
	}
	x := gomath.Abs(xs[0])
	if gomath.IsNaN(x) || gomath.IsInf(x, 0) {
		return vm.Float(x), nil
	}
	next := gomath.Nextafter(x, gomath.Inf(1))
	if gomath.IsInf(next, 0) {
		prev := gomath.Nextafter(x, 0)
		return vm.Float(x - prev), nil
	}
	return vm.Float(next - x), nil
}

func mDist(t *vm.Thread, args []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if err := count("dist", args, 2); err != nil {
		return vm.Value{}, err
	}
	var pts [2][]vm.Value
	for i, a := range args {
		if k := a.Kind(); k != vm.KTuple && k != vm.KList {
			return vm.Value{}, vm.Errorf(vm.TypeErrorType, "dist(): argument %d must be tuple, not %s", i+1, vm.TypeName(a))
		}
		items, err := t.Iterate(a)
		if err != nil {
			return vm.Value{}, err
		}
		pts[i] = items
	}
	if len(pts[0]) != len(pts[1]) {
		return vm.Value{}, vm.Errorf(vm.ValueErrorType, "both points must have the same number of dimensions")
	}
	diffs := make([]float64, len(pts[0]))
	for i := range diffs {
		p, err := realArg(pts[0][i])
		if err != nil {
			return vm.Value{}, err
		}
		q, err := realArg(pts[1][i])
		if err != nil {
			return vm.Value{}, err
		}
		diffs[i] = p - q
	}
	return vm.Float(norm(diffs)), nil
}

// norm is the Euclidean norm of vec, computed as CPython's vector_norm:
// scaled by a power of two, squares and sums kept exactly in two parts,
// then one correction step of the square root.
func norm(vec []float64) float64 {
	max, nan := 0.0, false
	for i, x := range vec {
		x = gomath.Abs(x)
		vec[i] = x
		if gomath.IsNaN(x) {
			nan = true
		} else if x > max {
			max = x
		}
	}
	if gomath.IsInf(max, 1) {
		return max
	}
	if nan {
		return gomath.NaN()
	}
	if max == 0 || len(vec) <= 1 {
		return max
	}
	_, maxE := gomath.Frexp(max)
	if maxE < -1023 {
		const dblMin = 2.2250738585072014e-308
		for i := range vec {
			vec[i] /= dblMin
		}
		return dblMin * norm(vec)
	}
	scale := gomath.Ldexp(1, -maxE)
	csum, frac1, frac2 := 1.0, 0.0, 0.0
	for _, x := range vec {
		x *= scale
		hi, lo := x*x, gomath.FMA(x, x, -x*x)
		s := csum + hi
		frac2 += (csum - s) + hi
		csum = s
		frac1 += lo
	}
	h := gomath.Sqrt(csum - 1 + (frac1 + frac2))
	hi := -h * h
	lo := gomath.FMA(-h, h, -hi)
	s := csum + hi
	frac2 += (csum - s) + hi
	csum = s
	frac1 += lo
	x := csum - 1 + (frac1 + frac2)
	return (h + x/(2*h)) / scale
}
