package math

import gomath "math"

// Logarithms as close to correctly rounded as glibc's (which CPython
// uses): Go's math.Log is off by one ulp for a good share of arguments.
// x = m * 2**e with m in [sqrt(1/2), sqrt(2)); log(m) = 2*atanh(s) with
// s = (m-1)/(m+1), the leading term kept in double-double.

const (
	ln2Hi   = 6.93147180369123816490e-01 // ln 2, high bits (exact times small ints)
	ln2Lo   = 1.90821492927058770002e-10
	log2eHi = 1.4426950408889634
	log2eLo = 2.0355273740931033e-17
)

// lnParts returns e and log(m) as hi+lo for x = m * 2**e.
func lnParts(x float64) (e float64, hi, lo float64) {
	m, exp := gomath.Frexp(x)
	if m < gomath.Sqrt2/2 {
		m *= 2
		exp--
	}
	// s = (m-1)/(m+1) as sHi+sLo
	num := m - 1 // exact
	den := m + 1
	bb := den - m
	denLo := (m - (den - bb)) + (1 - bb)
	sHi := num / den
	sLo := (gomath.FMA(-sHi, den, num) - sHi*denLo) / den
	z := sHi * sHi
	// 2*s^3*(1/3 + z/5 + z^2/7 + ...)
	p := 0.0
	for k := 41; k >= 3; k -= 2 {
		p = p*z + 1/float64(k)
	}
	tail := 2 * sHi * z * p
	hi = 2 * sHi
	lo = 2*sLo + tail
	return float64(exp), hi, lo
}

// ln is the natural logarithm of a positive finite x.
func ln(x float64) float64 {
	if x <= 0 || gomath.IsInf(x, 0) || gomath.IsNaN(x) {
		return gomath.Log(x)
	}
	e, hi, lo := lnParts(x)
	// e*ln2 + hi + lo
	a := e * ln2Hi
	s := a + hi
	err := (a - s) + hi
	if gomath.Abs(hi) > gomath.Abs(a) {
		err = (hi - s) + a
	}
	return s + (err + lo + e*ln2Lo)
}

func log2(x float64) float64 {
	if x <= 0 || gomath.IsInf(x, 0) || gomath.IsNaN(x) {
		return gomath.Log2(x)
	}
	if m, e := gomath.Frexp(x); m == 0.5 {
		return float64(e - 1)
	}
	e, hi, lo := lnParts(x)
	// e + (hi+lo)*log2e
	pHi := hi * log2eHi
	pLo := gomath.FMA(hi, log2eHi, -pHi) + hi*log2eLo + lo*log2eHi
	s := e + pHi
	var err float64
	if gomath.Abs(e) >= gomath.Abs(pHi) {
		err = (e - s) + pHi
	} else {
		err = (pHi - s) + e
	}
	return s + (err + pLo)
}

// log10 follows fdlibm's formula, which glibc keeps: log10(x) for
// x = m * 2**k is k*log10(2) (in two parts) plus log(m)/ln(10).
func log10(x float64) float64 {
	if x <= 0 || gomath.IsInf(x, 0) || gomath.IsNaN(x) {
		return gomath.Log10(x)
	}
	const (
		ivln10    = 4.34294481903251816668e-01
		log10_2hi = 3.01029995663611771306e-01
		log10_2lo = 3.69423907715893078616e-13
	)
	m, k := gomath.Frexp(x) // m in [0.5, 1)
	k--
	m *= 2 // m in [1, 2)
	if k < 0 {
		m /= 2
		k++
	}
	y := float64(k)
	z := y*log10_2lo + ivln10*ln(m)
	return z + y*log10_2hi
}
