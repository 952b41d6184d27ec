package pyrepr

import "unicode"

// isPrintable reports whether Python 3.11's str.isprintable holds for the
// single character r.
//
// Python treats as printable every character except those in the Unicode
// categories Other (Cc, Cf, Cs, Co, Cn) and Separator (Zl, Zp, Zs), with
// the exception of the ASCII space. That is exactly unicode.IsPrint, except
// that Python 3.11 uses Unicode 14.0.0 while Go's unicode package may be
// newer: characters assigned after 14.0.0 are unassigned (Cn), hence not
// printable, for Python 3.11.
func isPrintable(r rune) bool {
	return unicode.IsPrint(r) && !unicode.Is(newerThanUnicode14, r)
}
