package lexer

import (
	"reflect"
	"testing"
)

func TestNumberLiterals(t *testing.T) {
	// Each input is a single NUMBER token in CPython 3.11.
	valid := []string{
		// integers
		"0", "7", "1234567890", "2147483647999999999999", "00", "000", "0_0", "00_0",
		"1_000_000", "1_2_3",
		// hexadecimal, octal, binary
		"0x0", "0xff", "0XdeadBEEF", "0xDEAD_beef", "0x_FF", "0x1e", "0xE",
		"0o17", "0O7_7", "0o_7", "0o0",
		"0b1010", "0B1", "0b_1_0", "0b0",
		// floats
		"1.", "0.", ".5", "1.5", "00.5", "09.5", "0009.", "1_0.0_1", "3.14_15",
		"1e10", "1E10", "1e+10", "1E-10", "1.5e-3", "1.e5", ".5e5", "0e0", "00e0", "09e1",
		"1_000.0_1e1_0", "1e1_0",
		// imaginary
		"1j", "1J", "0j", "00j", "09j", "1.5j", ".5J", "1.j", "1e10j", "1_0j", "1.5e-3J",
	}
	for _, src := range valid {
		t.Run(src, func(t *testing.T) {
			checkStream(t, src, []string{"Number " + src, "Newline()", "EOF"})
			checkStream(t, "x = "+src+"\n", []string{"Name x", "Op =", "Number " + src, "Newline", "EOF"})
		})
	}
}

func TestNumberBoundaries(t *testing.T) {
	runStreams(t, []streamCase{
		// CPython only warns when a number is glued to one of these keywords.
		{"glued if/else", "1if x else 2\n", []string{"Number 1", "Keyword if", "Name x", "Keyword else", "Number 2", "Newline", "EOF"}},
		{"glued else", "1else", []string{"Number 1", "Keyword else", "Newline()", "EOF"}},
		{"glued or after hex", "0xfor", []string{"Number 0xf", "Keyword or", "Newline()", "EOF"}},
		{"glued and", "1and 2", []string{"Number 1", "Keyword and", "Number 2", "Newline()", "EOF"}},
		{"glued in", "1in x", []string{"Number 1", "Keyword in", "Name x", "Newline()", "EOF"}},
		{"glued is", "1.5is x", []string{"Number 1.5", "Keyword is", "Name x", "Newline()", "EOF"}},
		{"glued not in", "1not in x", []string{"Number 1", "Keyword not", "Keyword in", "Name x", "Newline()", "EOF"}},
		{"glued for", "[1for x in y]", []string{"Op [", "Number 1", "Keyword for", "Name x", "Keyword in", "Name y", "Op ]", "Newline()", "EOF"}},
		{"imaginary then keyword", "1jif x else 2", []string{"Number 1j", "Keyword if", "Name x", "Keyword else", "Number 2", "Newline()", "EOF"}},
		// An 'e' not followed by digits belongs to the keyword.
		{"float then else", "1.5else 2", []string{"Number 1.5", "Keyword else", "Number 2", "Newline()", "EOF"}},
		{"float then attribute", "1..real", []string{"Number 1.", "Op .", "Name real", "Newline()", "EOF"}},
		{"leading dot float then attribute", ".5.real", []string{"Number .5", "Op .", "Name real", "Newline()", "EOF"}},
		{"two floats", "1.2.3", []string{"Number 1.2", "Number .3", "Newline()", "EOF"}},
		{"space before attribute", "1 .real", []string{"Number 1", "Op .", "Name real", "Newline()", "EOF"}},
		{"hex then float", "0x1.0", []string{"Number 0x1", "Number .0", "Newline()", "EOF"}},
		{"octal then float", "0o1.5", []string{"Number 0o1", "Number .5", "Newline()", "EOF"}},
		{"number then operator", "1+2-3.0*4e1/5j", []string{"Number 1", "Op +", "Number 2", "Op -", "Number 3.0", "Op *", "Number 4e1", "Op /", "Number 5j", "Newline()", "EOF"}},
		{"exponent sign is not an operator", "1e-5-1", []string{"Number 1e-5", "Op -", "Number 1", "Newline()", "EOF"}},
		{"dot alone is an operator", "a . b", []string{"Name a", "Op .", "Name b", "Newline()", "EOF"}},
		{"number in brackets", "(1)[0]{2}", []string{"Op (", "Number 1", "Op )", "Op [", "Number 0", "Op ]", "Op {", "Number 2", "Op }", "Newline()", "EOF"}},
	})
}

func TestNumberPositions(t *testing.T) {
	toks := mustTokenize(t, "é = 0x1F + .5j\n")
	for i, want := range []posCase{{1, 6, 5}, {1, 11, 10}, {1, 13, 12}} {
		tok := toks[i+2]
		got := posCase{tok.Pos.Line, tok.Pos.Column, tok.Pos.Offset}
		if got != want {
			t.Errorf("%s at %v, want %v", render(tok), got, want)
		}
	}
}

const leadingZeros = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"

func TestNumberErrors(t *testing.T) {
	// Messages and offsets are CPython 3.11's, from compile().
	runErrors(t, []errCase{
		{"hex without digits", "0x", syntaxErr, "invalid hexadecimal literal", 1, 2, "0x"},
		{"hex without digits in statement", "x = 0x", syntaxErr, "invalid hexadecimal literal", 1, 6, "x = 0x"},
		{"hex underscore only", "0x_", syntaxErr, "invalid hexadecimal literal", 1, 3, "0x_"},
		{"hex bad letter", "0xg", syntaxErr, "invalid hexadecimal literal", 1, 2, "0xg"},
		{"hex glued letter", "0x1g", syntaxErr, "invalid hexadecimal literal", 1, 3, "0x1g"},
		{"hex imaginary", "0xfJ", syntaxErr, "invalid hexadecimal literal", 1, 3, "0xfJ"},
		{"binary without digits", "0b", syntaxErr, "invalid binary literal", 1, 2, "0b"},
		{"binary underscore only", "0b_", syntaxErr, "invalid binary literal", 1, 3, "0b_"},
		{"binary bad digit", "0b2", syntaxErr, "invalid digit '2' in binary literal", 1, 3, "0b2"},
		{"binary bad later digit", "0b12", syntaxErr, "invalid digit '2' in binary literal", 1, 4, "0b12"},
		{"binary trailing underscore", "0b1_", syntaxErr, "invalid binary literal", 1, 4, "0b1_"},
		{"binary double underscore", "0b1__1", syntaxErr, "invalid binary literal", 1, 4, "0b1__1"},
		{"binary bad digit in a block", "if 1:\n  y = 0b3\n", syntaxErr, "invalid digit '3' in binary literal", 2, 9, "  y = 0b3"},
		{"octal without digits", "0o", syntaxErr, "invalid octal literal", 1, 2, "0o"},
		{"octal bad digit", "0o8", syntaxErr, "invalid digit '8' in octal literal", 1, 3, "0o8"},
		{"octal bad later digit", "0o79", syntaxErr, "invalid digit '9' in octal literal", 1, 4, "0o79"},
		{"octal bad digit after underscore", "0o7_9", syntaxErr, "invalid digit '9' in octal literal", 1, 5, "0o7_9"},
		{"octal glued letter", "0o17a", syntaxErr, "invalid octal literal", 1, 4, "0o17a"},
		{"octal bad digit after non-ASCII", "é = 0o9", syntaxErr, "invalid digit '9' in octal literal", 1, 7, "é = 0o9"},
		{"0or is a bad octal", "0or 1", syntaxErr, "invalid octal literal", 1, 2, "0or 1"},
		{"trailing underscore", "1_", syntaxErr, "invalid decimal literal", 1, 2, "1_"},
		{"trailing underscore in statement", "x = 1_000_", syntaxErr, "invalid decimal literal", 1, 10, "x = 1_000_"},
		{"double underscore", "1__0", syntaxErr, "invalid decimal literal", 1, 2, "1__0"},
		{"double underscore at end", "1__", syntaxErr, "invalid decimal literal", 1, 2, "1__"},
		{"zero trailing underscore", "0_", syntaxErr, "invalid decimal literal", 1, 2, "0_"},
		{"zero double underscore", "0__0", syntaxErr, "invalid decimal literal", 1, 2, "0__0"},
		{"zero underscore letter", "0_x", syntaxErr, "invalid decimal literal", 1, 2, "0_x"},
		{"zeros glued letter", "0_0x", syntaxErr, "invalid decimal literal", 1, 3, "0_0x"},
		{"zero glued letter", "0a", syntaxErr, "invalid decimal literal", 1, 1, "0a"},
		{"zeros glued letter 2", "00a", syntaxErr, "invalid decimal literal", 1, 2, "00a"},
		{"glued letter", "1a", syntaxErr, "invalid decimal literal", 1, 1, "1a"},
		{"glued underscore name", "1_e5", syntaxErr, "invalid decimal literal", 1, 2, "1_e5"},
		{"exponent without digits", "1e", syntaxErr, "invalid decimal literal", 1, 1, "1e"},
		{"zero exponent without digits", "0e", syntaxErr, "invalid decimal literal", 1, 1, "0e"},
		{"exponent sign without digits", "1e+", syntaxErr, "invalid decimal literal", 1, 3, "1e+"},
		{"exponent minus then letter", "1e-x", syntaxErr, "invalid decimal literal", 1, 3, "1e-x"},
		{"exponent underscore", "1e_5", syntaxErr, "invalid decimal literal", 1, 1, "1e_5"},
		{"exponent trailing underscore", "1e5_", syntaxErr, "invalid decimal literal", 1, 4, "1e5_"},
		{"exponent glued letter", "1e5x", syntaxErr, "invalid decimal literal", 1, 3, "1e5x"},
		{"float exponent without digits", "1.e", syntaxErr, "invalid decimal literal", 1, 2, "1.e"},
		{"float exponent without digits 2", "1.5e", syntaxErr, "invalid decimal literal", 1, 3, "1.5e"},
		{"float exponent sign without digits", "1.5e-", syntaxErr, "invalid decimal literal", 1, 5, "1.5e-"},
		{"float exponent glued letter", "0.e5x", syntaxErr, "invalid decimal literal", 1, 4, "0.e5x"},
		{"float trailing underscore", "1.5_", syntaxErr, "invalid decimal literal", 1, 4, "1.5_"},
		{"float underscore after point", "1._5", syntaxErr, "invalid decimal literal", 1, 2, "1._5"},
		{"float dunder attribute", "1.__class__\n", syntaxErr, "invalid decimal literal", 1, 2, "1.__class__"},
		{"imaginary glued letter", "1jx", syntaxErr, "invalid imaginary literal", 1, 2, "1jx"},
		{"imaginary glued underscore", "1j_", syntaxErr, "invalid imaginary literal", 1, 2, "1j_"},
		{"zero imaginary glued letter", "0jx", syntaxErr, "invalid imaginary literal", 1, 2, "0jx"},
		{"float imaginary glued underscore", "1.5j_", syntaxErr, "invalid imaginary literal", 1, 4, "1.5j_"},
		{"binary glued e", "0b1e", syntaxErr, "invalid binary literal", 1, 3, "0b1e"},
	})
}

func TestLeadingZeros(t *testing.T) {
	// CPython reports a range: end_offset is just past the last leading
	// zero (or underscore) before the first nonzero digit.
	tests := []struct {
		src               string
		offset, endOffset int
	}{
		{"012", 1, 2},
		{"007", 1, 3},
		{"0_7", 1, 3},
		{"01_0", 1, 2},
		{"00000001", 1, 8},
		{"x = 007\n", 5, 7},
		{"x = 0_0_7 + 1\n", 5, 9},
		{"if 1:\n    y = 0123\n", 9, 10},
	}
	for _, tc := range tests {
		t.Run(tc.src, func(t *testing.T) {
			e := tokenizeErr(t, tc.src)
			if e.Kind != syntaxErr || e.Msg != leadingZeros {
				t.Fatalf("got %s %q", e.Kind, e.Msg)
			}
			if e.Offset != tc.offset || e.EndLine != e.Line || e.EndOffset != tc.endOffset {
				t.Errorf("offset %d end %d:%d, want %d end %d:%d", e.Offset, e.EndLine, e.EndOffset, tc.offset, e.Line, tc.endOffset)
			}
		})
	}
	// Zeros followed by a point, an exponent or j are fine.
	for _, src := range []string{"00.5", "007.", "007e1", "007j", "0_0_7.0"} {
		checkStream(t, src, []string{"Number " + src, "Newline()", "EOF"})
	}
}

func TestLeadingZerosAfterNonASCII(t *testing.T) {
	e := tokenizeErr(t, "é = 00007\n")
	if got, want := []int{e.Offset, e.EndOffset}, []int{6, 10}; !reflect.DeepEqual(got, want) {
		t.Errorf("offset, end = %v, want %v", got, want)
	}
	want := "  File \"f.py\", line 1\n    é = 00007\n         ^^^^\nSyntaxError: " + leadingZeros + "\n"
	if got := e.Format(); got != want {
		t.Errorf("Format()\n got: %q\nwant: %q", got, want)
	}
}
