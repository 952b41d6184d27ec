package pyrepr

import (
	"math"
	"strings"
)

// Complex returns the repr of a Python complex number. A real part of +0.0
// is left out ("1j", "-0j", "infj"); otherwise both parts are shown inside
// parentheses ("(1+2j)", "(-0-1j)"). Unlike Float, integral parts get no
// trailing ".0".
func Complex(c complex128) string {
	re, im := real(c), imag(c)
	imStr := formatFloat(im, false)
	if re == 0 && !math.Signbit(re) {
		return imStr + "j"
	}
	if !strings.HasPrefix(imStr, "-") {
		imStr = "+" + imStr
	}
	return "(" + formatFloat(re, false) + imStr + "j)"
}
