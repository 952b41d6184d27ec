// Package pyrepr formats constant values exactly as CPython 3.11's repr()
// does: str, bytes, int, float and complex.
//
// It is used to print Python values (for example by ast.Dump) so that the
// output can be compared byte for byte with what CPython prints.
package pyrepr
