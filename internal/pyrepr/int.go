package pyrepr

import "math/big"

// Int returns the repr of a Python int, its decimal representation. A nil
// x is treated as zero.
func Int(x *big.Int) string {
	if x == nil {
		return "0"
	}
	return x.String()
}
