package math

import (
	gomath "math"

	"github.com/asl-lang/asl/vm"
)

// fsum is the correctly rounded sum of xs by Shewchuk's algorithm, with
// CPython's handling of infinities, NaNs and intermediate overflow.
func fsum(xs []float64) (vm.Value, error) {
	var partials []float64
	special, infSum := 0.0, 0.0
	for _, x := range xs {
		xsave := x
		i := 0
		for _, y := range partials {
			if gomath.Abs(x) < gomath.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = partials[:i]
		if x == 0 {
			continue
		}
		if gomath.IsInf(x, 0) || gomath.IsNaN(x) {
			if !gomath.IsInf(xsave, 0) && !gomath.IsNaN(xsave) {
				return vm.Value{}, vm.Errorf(vm.OverflowErrorType, "intermediate overflow in fsum")
			}
			if gomath.IsInf(xsave, 0) {
				infSum += xsave
			}
			special += xsave
			partials = partials[:0]
			continue
		}
		partials = append(partials, x)
	}
	if special != 0 || gomath.IsNaN(special) {
		if gomath.IsNaN(infSum) {
			return vm.Value{}, vm.Errorf(vm.ValueErrorType, "-inf + inf in fsum")
		}
		return vm.Float(special), nil
	}
	hi, lo := 0.0, 0.0
	n := len(partials)
	if n > 0 {
		n--
		hi = partials[n]
		for n > 0 {
			x := hi
			n--
			y := partials[n]
			hi = x + y
			lo = y - (hi - x)
			if lo != 0 {
				break
			}
		}
		// half-even rounding across several partials
		if n > 0 && (lo < 0 && partials[n-1] < 0 || lo > 0 && partials[n-1] > 0) {
			y := lo * 2
			x := hi + y
			if y == x-hi {
				hi = x
			}
		}
	}
	return vm.Float(hi), nil
}
