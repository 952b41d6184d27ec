package pyrepr

import (
	"math"
	"strconv"
	"strings"
)

// Float returns the repr of a Python float: the shortest digit string that
// round-trips, written positionally when the decimal exponent is in
// [-4, 16) and in scientific notation otherwise, with ".0" appended to
// integral positional values (1.0, 1e-05, 1e+16, inf, nan, -0.0).
func Float(f float64) string {
	return formatFloat(f, true)
}

// formatFloat formats f as CPython's float_repr_style "short" does with
// format code 'r'. addDot0 requests a trailing ".0" on integral values
// written positionally, as float.__repr__ does and complex.__repr__ does
// not.
func formatFloat(f float64, addDot0 bool) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	// FormatFloat gives the shortest round-trip digits as "-d.ddde±xx".
	s := strconv.FormatFloat(f, 'e', -1, 64)
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	mant, expStr, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(expStr)
	digits := strings.Replace(mant, ".", "", 1)

	var b strings.Builder
	b.WriteString(sign)
	if exp < -4 || exp >= 16 {
		b.WriteByte(digits[0])
		if len(digits) > 1 {
			b.WriteByte('.')
			b.WriteString(digits[1:])
		}
		b.WriteByte('e')
		if exp < 0 {
			b.WriteByte('-')
			exp = -exp
		} else {
			b.WriteByte('+')
		}
		if exp < 10 {
			b.WriteByte('0')
		}
		b.WriteString(strconv.Itoa(exp))
		return b.String()
	}
	point := exp + 1 // number of digits before the decimal point
	switch {
	case point <= 0:
		b.WriteString("0.")
		b.WriteString(strings.Repeat("0", -point))
		b.WriteString(digits)
	case point >= len(digits):
		b.WriteString(digits)
		b.WriteString(strings.Repeat("0", point-len(digits)))
		if addDot0 {
			b.WriteString(".0")
		}
	default:
		b.WriteString(digits[:point])
		b.WriteByte('.')
		b.WriteString(digits[point:])
	}
	return b.String()
}
