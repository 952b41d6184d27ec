package lexer

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	plex "github.com/alecthomas/participle/v2/lexer"
)

// typeNames maps token types back to their symbol names for readable
// expectations.
var typeNames = func() map[plex.TokenType]string {
	m := map[plex.TokenType]string{}
	for name, typ := range symbols {
		m[typ] = name
	}
	return m
}()

// render turns a token into a short string: "Name x", "Op +", "String 'a'",
// "Newline" (value "\n"), "Newline()" (the empty NEWLINE added at EOF),
// "Indent", "Dedent" and "EOF".
func render(tok plex.Token) string {
	name := typeNames[tok.Type]
	switch tok.Type {
	case Newline:
		if tok.Value == "" {
			return "Newline()"
		}
		return name
	case Indent, Dedent, EOF:
		return name
	}
	return name + " " + tok.Value
}

func renderAll(toks []plex.Token) []string {
	out := make([]string, len(toks))
	for i, tok := range toks {
		out[i] = render(tok)
	}
	return out
}

// mustTokenize tokenizes src and fails the test on an error.
func mustTokenize(t *testing.T, src string) []plex.Token {
	t.Helper()
	toks, err := Tokenize("test.py", src)
	if err != nil {
		t.Fatalf("Tokenize(%q): unexpected error: %v", src, err)
	}
	if len(toks) == 0 || toks[len(toks)-1].Type != EOF {
		t.Fatalf("Tokenize(%q): token stream does not end in EOF: %q", src, renderAll(toks))
	}
	return toks
}

// tokenizeErr tokenizes src and returns the *Error it must fail with.
func tokenizeErr(t *testing.T, src string) *Error {
	t.Helper()
	toks, err := Tokenize("f.py", src)
	if err == nil {
		t.Fatalf("Tokenize(%q): expected an error, got tokens %q", src, renderAll(toks))
	}
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("Tokenize(%q): error %T %v is not *Error", src, err, err)
	}
	return e
}

func checkStream(t *testing.T, src string, want []string) {
	t.Helper()
	got := renderAll(mustTokenize(t, src))
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tokenize(%q)\n got: %q\nwant: %q", src, got, want)
	}
}

type streamCase struct {
	name string
	src  string
	want []string
}

func runStreams(t *testing.T, cases []streamCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { checkStream(t, tc.src, tc.want) })
	}
}

func TestTokenizeNamesAndKeywords(t *testing.T) {
	runStreams(t, []streamCase{
		{"simple assignment", "x = 1\n", []string{"Name x", "Op =", "Number 1", "Newline", "EOF"}},
		{"underscores and digits", "_a1 __b__ c_2_\n", []string{"Name _a1", "Name __b__", "Name c_2_", "Newline", "EOF"}},
		{"keywords", "if not x and y or None: pass\n", []string{
			"Keyword if", "Keyword not", "Name x", "Keyword and", "Name y", "Keyword or",
			"Keyword None", "Op :", "Keyword pass", "Newline", "EOF"}},
		{"async and await are keywords", "async def f(): await x\n", []string{
			"Keyword async", "Keyword def", "Name f", "Op (", "Op )", "Op :",
			"Keyword await", "Name x", "Newline", "EOF"}},
		{"soft keywords are names", "match case _ type print\n", []string{
			"Name match", "Name case", "Name _", "Name type", "Name print", "Newline", "EOF"}},
		{"keywords are case sensitive", "IF True true FALSE\n", []string{
			"Name IF", "Keyword True", "Name true", "Name FALSE", "Newline", "EOF"}},
		{"keyword prefix is a name", "iffy classy import_ nonlocals\n", []string{
			"Name iffy", "Name classy", "Name import_", "Name nonlocals", "Newline", "EOF"}},
		{"non-ASCII identifiers", "café = π + 日本\n", []string{
			"Name café", "Op =", "Name π", "Op +", "Name 日本", "Newline", "EOF"}},
		// The name is normalized to NFKC, which composes e + U+0301 into é.
		{"combining mark continues a name", "e\u0301x\n", []string{"Name \u00e9x", "Newline", "EOF"}},
		{"NFKC normalizes ligature", "ﬁ = 1\n", []string{"Name fi", "Op =", "Number 1", "Newline", "EOF"}},
		// CPython accepts `ｉｆ = 1`: the fullwidth spelling is not the
		// keyword, but the identifier it names is normalized to "if".
		{"fullwidth keyword is a name", "ｉｆ = 1\n", []string{"Name if", "Op =", "Number 1", "Newline", "EOF"}},
		{"string prefix letters alone are names", "r b f u rb br fr\n", []string{
			"Name r", "Name b", "Name f", "Name u", "Name rb", "Name br", "Name fr", "Newline", "EOF"}},
		{"invalid prefix is a name then a string", "ub\"x\" rr'x' fb'x'\n", []string{
			"Name ub", "String \"x\"", "Name rr", "String 'x'", "Name fb", "String 'x'", "Newline", "EOF"}},
	})
}

func TestKeywordsMatchCPython(t *testing.T) {
	// keyword.kwlist of CPython 3.11.
	kwlist := []string{"False", "None", "True", "and", "as", "assert", "async", "await",
		"break", "class", "continue", "def", "del", "elif", "else", "except", "finally",
		"for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not",
		"or", "pass", "raise", "return", "try", "while", "with", "yield"}
	if len(Keywords) != len(kwlist) {
		t.Errorf("len(Keywords) = %d, want %d", len(Keywords), len(kwlist))
	}
	for _, kw := range kwlist {
		if !Keywords[kw] {
			t.Errorf("Keywords[%q] = false", kw)
		}
		toks := mustTokenize(t, kw)
		if toks[0].Type != Keyword || toks[0].Value != kw {
			t.Errorf("Tokenize(%q)[0] = %s, want Keyword", kw, render(toks[0]))
		}
	}
	for _, soft := range []string{"match", "case", "_", "type", "print", "exec"} {
		if Keywords[soft] {
			t.Errorf("Keywords[%q] = true; soft keywords and builtins are names", soft)
		}
	}
}

func TestTokenizeOperators(t *testing.T) {
	runStreams(t, []streamCase{
		{"three-character operators", "a **= b //= c >>= d <<= e ...\n", []string{
			"Name a", "Op **=", "Name b", "Op //=", "Name c", "Op >>=", "Name d", "Op <<=", "Name e", "Op ...", "Newline", "EOF"}},
		{"two-character operators", "a ** b // c >> d << e <= f >= g == h != i -> j := k\n", []string{
			"Name a", "Op **", "Name b", "Op //", "Name c", "Op >>", "Name d", "Op <<", "Name e",
			"Op <=", "Name f", "Op >=", "Name g", "Op ==", "Name h", "Op !=", "Name i", "Op ->",
			"Name j", "Op :=", "Name k", "Newline", "EOF"}},
		{"augmented assignments", "a += 1; a -= 1; a *= 1; a /= 1; a %= 1; a &= 1; a |= 1; a ^= 1; a @= 1\n", []string{
			"Name a", "Op +=", "Number 1", "Op ;", "Name a", "Op -=", "Number 1", "Op ;",
			"Name a", "Op *=", "Number 1", "Op ;", "Name a", "Op /=", "Number 1", "Op ;",
			"Name a", "Op %=", "Number 1", "Op ;", "Name a", "Op &=", "Number 1", "Op ;",
			"Name a", "Op |=", "Number 1", "Op ;", "Name a", "Op ^=", "Number 1", "Op ;",
			"Name a", "Op @=", "Number 1", "Newline", "EOF"}},
		{"single-character operators", "x = ~a ^ b | c & d % e @ f / g * h - i + j < k > l\n", []string{
			"Name x", "Op =", "Op ~", "Name a", "Op ^", "Name b", "Op |", "Name c", "Op &", "Name d",
			"Op %", "Name e", "Op @", "Name f", "Op /", "Name g", "Op *", "Name h", "Op -", "Name i",
			"Op +", "Name j", "Op <", "Name k", "Op >", "Name l", "Newline", "EOF"}},
		{"delimiters", "f(a[1], {b: c}); d.e\n", []string{
			"Name f", "Op (", "Name a", "Op [", "Number 1", "Op ]", "Op ,", "Op {", "Name b", "Op :",
			"Name c", "Op }", "Op )", "Op ;", "Name d", "Op .", "Name e", "Newline", "EOF"}},
		// Longest match, as CPython's parser errors on these inputs show.
		{"longest match -->", "a-->b\n", []string{"Name a", "Op -", "Op ->", "Name b", "Newline", "EOF"}},
		{"longest match ***", "a***b\n", []string{"Name a", "Op **", "Op *", "Name b", "Newline", "EOF"}},
		{"longest match ////", "a////b\n", []string{"Name a", "Op //", "Op //", "Name b", "Newline", "EOF"}},
		{"longest match ::=", "a::=b\n", []string{"Name a", "Op :", "Op :=", "Name b", "Newline", "EOF"}},
		{"longest match **==", "a**==b\n", []string{"Name a", "Op **=", "Op =", "Name b", "Newline", "EOF"}},
		{"ellipsis then dot", "a....b\n", []string{"Name a", "Op ...", "Op .", "Name b", "Newline", "EOF"}},
		{"less-greater is two operators", "a<>b\n", []string{"Name a", "Op <", "Op >", "Name b", "Newline", "EOF"}},
		{"no spaces", "a=b==c\n", []string{"Name a", "Op =", "Name b", "Op ==", "Name c", "Newline", "EOF"}},
		// CPython's tokenizer hands these to the parser, which reports
		// "invalid syntax"; asl does the same by making them operators.
		{"characters left to the parser", "$ ? ` !\n", []string{"Op $", "Op ?", "Op `", "Op !", "Newline", "EOF"}},
	})
}

func TestTokenizeLayout(t *testing.T) {
	runStreams(t, []streamCase{
		{"empty file", "", []string{"EOF"}},
		{"only a comment", "# comment", []string{"EOF"}},
		{"only blank lines", "   \n\n\t\n", []string{"EOF"}},
		{"no trailing newline", "x", []string{"Name x", "Newline()", "EOF"}},
		{"comment at end of line", "x = 1 # c", []string{"Name x", "Op =", "Number 1", "Newline()", "EOF"}},
		{"two statements", "a\nb\n", []string{"Name a", "Newline", "Name b", "Newline", "EOF"}},
		{"simple block", "if x:\n    y\n", []string{
			"Keyword if", "Name x", "Op :", "Newline", "Indent", "Name y", "Newline", "Dedent", "EOF"}},
		{"block then statement", "if x:\n    y\nz\n", []string{
			"Keyword if", "Name x", "Op :", "Newline", "Indent", "Name y", "Newline", "Dedent", "Name z", "Newline", "EOF"}},
		{"nested blocks", "if a:\n  if b:\n    c\n  d\ne\n", []string{
			"Keyword if", "Name a", "Op :", "Newline", "Indent",
			"Keyword if", "Name b", "Op :", "Newline", "Indent", "Name c", "Newline", "Dedent",
			"Name d", "Newline", "Dedent", "Name e", "Newline", "EOF"}},
		{"dedent of several levels at once", "if a:\n  if b:\n    if c:\n      d\ne\n", []string{
			"Keyword if", "Name a", "Op :", "Newline", "Indent",
			"Keyword if", "Name b", "Op :", "Newline", "Indent",
			"Keyword if", "Name c", "Op :", "Newline", "Indent", "Name d", "Newline",
			"Dedent", "Dedent", "Dedent", "Name e", "Newline", "EOF"}},
		{"dedents at end of file", "if a:\n  if b:\n    c\n", []string{
			"Keyword if", "Name a", "Op :", "Newline", "Indent",
			"Keyword if", "Name b", "Op :", "Newline", "Indent", "Name c", "Newline",
			"Dedent", "Dedent", "EOF"}},
		{"block without trailing newline", "if a:\n  b", []string{
			"Keyword if", "Name a", "Op :", "Newline", "Indent", "Name b", "Newline()", "Dedent", "EOF"}},
		{"blank and comment lines do not change indentation", "if a:\n  b\n\n# c\n      # d\n   \n  c\n", []string{
			"Keyword if", "Name a", "Op :", "Newline", "Indent", "Name b", "Newline",
			"Name c", "Newline", "Dedent", "EOF"}},
		{"leading blank and comment lines", "\n\n  # c\n\nx\n", []string{"Name x", "Newline", "EOF"}},
		{"implicit joining in brackets", "x = (1,\n     2,\n  3)\n", []string{
			"Name x", "Op =", "Op (", "Number 1", "Op ,", "Number 2", "Op ,", "Number 3", "Op )", "Newline", "EOF"}},
		{"comments and blank lines in brackets", "x = [1,  # c\n\n      2]\n", []string{
			"Name x", "Op =", "Op [", "Number 1", "Op ,", "Number 2", "Op ]", "Newline", "EOF"}},
		{"brackets ignore indentation", "if a:\n  f(1,\n2)\n  g\n", []string{
			"Keyword if", "Name a", "Op :", "Newline", "Indent", "Name f", "Op (", "Number 1", "Op ,",
			"Number 2", "Op )", "Newline", "Name g", "Newline", "Dedent", "EOF"}},
		{"nested brackets", "{[(\n)]}\n", []string{"Op {", "Op [", "Op (", "Op )", "Op ]", "Op }", "Newline", "EOF"}},
		{"backslash continuation", "x = 1 + \\\n    2\n", []string{
			"Name x", "Op =", "Number 1", "Op +", "Number 2", "Newline", "EOF"}},
		{"backslash joins strings", "\"a\" \\\n \"b\"\n", []string{"String \"a\"", "String \"b\"", "Newline", "EOF"}},
		{"backslash continuation before blank line", "x = 1 \\\n\n", []string{"Name x", "Op =", "Number 1", "Newline", "EOF"}},
		{"indented backslash line sets indentation", "x = 1\n  \\\ny = 2\n", []string{
			"Name x", "Op =", "Number 1", "Newline", "Indent", "Name y", "Op =", "Number 2", "Newline", "Dedent", "EOF"}},
		{"tabs", "if a:\n\tif b:\n\t\tc\n\td\n", []string{
			"Keyword if", "Name a", "Op :", "Newline", "Indent",
			"Keyword if", "Name b", "Op :", "Newline", "Indent", "Name c", "Newline", "Dedent",
			"Name d", "Newline", "Dedent", "EOF"}},
		{"space then tab is consistent with itself", "if a:\n    \tb\n    \tc\n", []string{
			"Keyword if", "Name a", "Op :", "Newline", "Indent", "Name b", "Newline", "Name c", "Newline", "Dedent", "EOF"}},
		// A tab goes to column 8, so "\t " (column 9) is deeper than "\t".
		{"tab plus space is deeper", "if a:\n\tb\n\t c\n", []string{
			"Keyword if", "Name a", "Op :", "Newline", "Indent", "Name b", "Newline",
			"Indent", "Name c", "Newline", "Dedent", "Dedent", "EOF"}},
		{"form feed at line start", "\fx = 1\n", []string{"Name x", "Op =", "Number 1", "Newline", "EOF"}},
		{"form feed resets indentation column", "if a:\n  \f  b\n  c\n", []string{
			"Keyword if", "Name a", "Op :", "Newline", "Indent", "Name b", "Newline", "Name c", "Newline", "Dedent", "EOF"}},
		{"form feed inside a line is whitespace", "a\f=\f1\n", []string{"Name a", "Op =", "Number 1", "Newline", "EOF"}},
		{"CRLF line endings", "if a:\r\n  b\r\n", []string{
			"Keyword if", "Name a", "Op :", "Newline", "Indent", "Name b", "Newline", "Dedent", "EOF"}},
		{"lone CR line endings", "a\rb\r", []string{"Name a", "Newline", "Name b", "Newline", "EOF"}},
		{"byte order mark is skipped", "\ufeffx = 1\n", []string{"Name x", "Op =", "Number 1", "Newline", "EOF"}},
		{"semicolons", "a; b;\n", []string{"Name a", "Op ;", "Name b", "Op ;", "Newline", "EOF"}},
	})
}

func TestTokenizeNewlineValues(t *testing.T) {
	toks := mustTokenize(t, "a\nb")
	if toks[1].Type != Newline || toks[1].Value != "\n" {
		t.Errorf("first NEWLINE = %#v, want value \"\\n\"", toks[1])
	}
	if toks[3].Type != Newline || toks[3].Value != "" {
		t.Errorf("NEWLINE added at EOF = %#v, want empty value", toks[3])
	}
	for _, tok := range mustTokenize(t, "if a:\n  b\n") {
		if (tok.Type == Indent || tok.Type == Dedent || tok.Type == EOF) && tok.Value != "" {
			t.Errorf("%s token has value %q, want empty", render(tok), tok.Value)
		}
	}
}

type posCase struct {
	line, col, offset int
}

func TestTokenizePositions(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []posCase // positions of every token, EOF included
	}{
		{"one line", "x = 10\n", []posCase{{1, 1, 0}, {1, 3, 2}, {1, 5, 4}, {1, 7, 6}, {2, 1, 7}}},
		{"second line", "a\n  bc = d\n", []posCase{
			{1, 1, 0}, {1, 2, 1}, // a NEWLINE
			{2, 3, 4}, {2, 3, 4}, {2, 6, 7}, {2, 8, 9}, {2, 9, 10}, // INDENT bc = d NEWLINE
			{3, 1, 11}, {3, 1, 11}, // DEDENT EOF
		}},
		{"no trailing newline", "ab", []posCase{{1, 1, 0}, {1, 3, 2}, {1, 3, 2}}},
		// Columns count bytes: é, ü and ñ are two bytes each in UTF-8.
		{"non-ASCII byte columns", "é = 'ü' + ñ\n", []posCase{
			{1, 1, 0}, {1, 4, 3}, {1, 6, 5}, {1, 11, 10}, {1, 13, 12}, {1, 15, 14}, {2, 1, 15}}},
		{"after a triple-quoted string", "x = '''a\nbc''' + y\nz\n", []posCase{
			{1, 1, 0}, {1, 3, 2}, {1, 5, 4}, {2, 7, 15}, {2, 9, 17}, {2, 10, 18}, {3, 1, 19}, {3, 2, 20}, {4, 1, 21}}},
		{"after a backslash-newline inside a string", "s = 'a\\\nb' + c\n", []posCase{
			{1, 1, 0}, {1, 3, 2}, {1, 5, 4}, {2, 4, 11}, {2, 6, 13}, {2, 7, 14}, {3, 1, 15}}},
		{"after backslash continuation", "a = \\\n  b\n", []posCase{{1, 1, 0}, {1, 3, 2}, {2, 3, 8}, {2, 4, 9}, {3, 1, 10}}},
		{"inside brackets across lines", "f(\n  x)\n", []posCase{{1, 1, 0}, {1, 2, 1}, {2, 3, 5}, {2, 4, 6}, {2, 5, 7}, {3, 1, 8}}},
		{"tab counts as one byte column", "if a:\n\tb\n", []posCase{
			{1, 1, 0}, {1, 4, 3}, {1, 5, 4}, {1, 6, 5}, {2, 2, 7}, {2, 2, 7}, {2, 3, 8}, {3, 1, 9}, {3, 1, 9}}},
		{"dedent tokens sit at the next token", "if a:\n  if b:\n    c\nd\n", []posCase{
			{1, 1, 0}, {1, 4, 3}, {1, 5, 4}, {1, 6, 5},
			{2, 3, 8}, {2, 3, 8}, {2, 6, 11}, {2, 7, 12}, {2, 8, 13},
			{3, 5, 18}, {3, 5, 18}, {3, 6, 19},
			{4, 1, 20}, {4, 1, 20}, {4, 1, 20}, {4, 2, 21}, {5, 1, 22}}},
		{"blank lines are skipped", "\n\n  \nx\n", []posCase{{4, 1, 5}, {4, 2, 6}, {5, 1, 7}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := mustTokenize(t, tc.src)
			if len(toks) != len(tc.want) {
				t.Fatalf("got %d tokens %q, want %d", len(toks), renderAll(toks), len(tc.want))
			}
			for i, tok := range toks {
				got := posCase{tok.Pos.Line, tok.Pos.Column, tok.Pos.Offset}
				if got != tc.want[i] {
					t.Errorf("token %d (%s): pos line %d col %d offset %d, want line %d col %d offset %d",
						i, render(tok), got.line, got.col, got.offset, tc.want[i].line, tc.want[i].col, tc.want[i].offset)
				}
				if tok.Pos.Filename != "test.py" {
					t.Errorf("token %d: filename %q", i, tok.Pos.Filename)
				}
				if tok.Type != Newline && tok.Type != Indent && tok.Type != Dedent && tok.Type != EOF &&
					tok.Pos.Offset+len(tok.Value) <= len(tc.src) && tc.src[tok.Pos.Offset:tok.Pos.Offset+len(tok.Value)] != tok.Value {
					t.Errorf("token %d (%s): source at offset %d is not its value", i, render(tok), tok.Pos.Offset)
				}
			}
		})
	}
}

func TestTokenizeCRLFPositions(t *testing.T) {
	toks := mustTokenize(t, "a = 1\r\nbc = '''x\r\ny'''\r\n")
	got := renderAll(toks)
	want := []string{"Name a", "Op =", "Number 1", "Newline", "Name bc", "Op =", "String '''x\ny'''", "Newline", "EOF"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i, lc := range [][2]int{{1, 1}, {1, 3}, {1, 5}, {1, 6}, {2, 1}, {2, 4}, {2, 6}, {3, 5}, {4, 1}} {
		if toks[i].Pos.Line != lc[0] || toks[i].Pos.Column != lc[1] {
			t.Errorf("token %d (%s): line %d col %d, want %d:%d", i, render(toks[i]), toks[i].Pos.Line, toks[i].Pos.Column, lc[0], lc[1])
		}
	}
}

// errCase is an error CPython 3.11 reports; msg, line and offset are
// e.msg, e.lineno and e.offset of the SyntaxError it raises.
type errCase struct {
	name   string
	src    string
	kind   string
	msg    string
	line   int
	offset int
	text   string
}

func runErrors(t *testing.T, cases []errCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := tokenizeErr(t, tc.src)
			if e.Kind != tc.kind || e.Msg != tc.msg || e.Line != tc.line || e.Offset != tc.offset {
				t.Errorf("Tokenize(%q) error\n got: %s %q line %d offset %d\nwant: %s %q line %d offset %d",
					tc.src, e.Kind, e.Msg, e.Line, e.Offset, tc.kind, tc.msg, tc.line, tc.offset)
			}
			if e.Text != tc.text {
				t.Errorf("Tokenize(%q) error text %q, want %q", tc.src, e.Text, tc.text)
			}
			if e.Filename != "f.py" {
				t.Errorf("Filename = %q", e.Filename)
			}
		})
	}
}

const (
	syntaxErr = "SyntaxError"
	indentErr = "IndentationError"
	tabErr    = "TabError"
	tabMsg    = "inconsistent use of tabs and spaces in indentation"
	unindent  = "unindent does not match any outer indentation level"
)

func TestTokenizeErrors(t *testing.T) {
	runErrors(t, []errCase{
		{"unmatched paren", ")", syntaxErr, "unmatched ')'", 1, 1, ")"},
		{"unmatched bracket later", "x = 1\ny]\n", syntaxErr, "unmatched ']'", 2, 2, "y]"},
		{"unmatched brace after non-ASCII", "x = é}\n", syntaxErr, "unmatched '}'", 1, 6, "x = é}"},
		{"mismatched on one line", "(]", syntaxErr, "closing parenthesis ']' does not match opening parenthesis '('", 1, 2, "(]"},
		{"mismatched after non-ASCII", "x = (é]\n", syntaxErr, "closing parenthesis ']' does not match opening parenthesis '('", 1, 7, "x = (é]"},
		{"mismatched across lines", "x = (1,\n     2]\n", syntaxErr, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 7, "     2]"},
		{"mismatched brace", "{)", syntaxErr, "closing parenthesis ')' does not match opening parenthesis '{'", 1, 2, "{)"},
		{"never closed", "(", syntaxErr, "'(' was never closed", 1, 1, "("},
		{"never closed reports the innermost", "foo(\n  \"a\",\n  ((b)\n", syntaxErr, "'(' was never closed", 3, 3, "  ((b)"},
		{"never closed bracket", "f(1,\n  [2,\n", syntaxErr, "'[' was never closed", 2, 3, "  [2,"},
		{"never closed brace", "x = {1: 2,\n", syntaxErr, "'{' was never closed", 1, 5, "x = {1: 2,"},
		{"invalid character", "€", syntaxErr, "invalid character '€' (U+20AC)", 1, 1, "€"},
		{"invalid character after non-ASCII", "x = 1 + é€", syntaxErr, "invalid character '€' (U+20AC)", 1, 10, "x = 1 + é€"},
		{"invalid character glued to a name", "é = 1; x€", syntaxErr, "invalid character '€' (U+20AC)", 1, 9, "é = 1; x€"},
		{"middle dot cannot start a name", "a = b ·c", syntaxErr, "invalid character '·' (U+00B7)", 1, 7, "a = b ·c"},
		{"non-printable no-break space", "x\u00a0= 1", syntaxErr, "invalid non-printable character U+00A0", 1, 2, "x\u00a0= 1"},
		{"non-printable zero-width space", "x = \u200b", syntaxErr, "invalid non-printable character U+200B", 1, 5, "x = \u200b"},
		{"non-printable control", "x = \x01\n", syntaxErr, "invalid non-printable character U+0001", 1, 5, "x = \x01"},
		{"character after continuation", "a\\b", syntaxErr, "unexpected character after line continuation character", 1, 3, "a\\b"},
		{"space after continuation", "x = 1 \\ \n", syntaxErr, "unexpected character after line continuation character", 1, 8, "x = 1 \\ "},
		{"comment after continuation", "x = 1 \\# c\n", syntaxErr, "unexpected character after line continuation character", 1, 8, "x = 1 \\# c"},
		{"continuation after non-ASCII", "é = \\x\n", syntaxErr, "unexpected character after line continuation character", 1, 6, "é = \\x"},
		{"continuation then EOF", "x = 1 \\\n", syntaxErr, "unexpected EOF while parsing", 1, 8, "x = 1 \\"},
		{"continuation then EOF after non-ASCII", "é = 1 \\\n", syntaxErr, "unexpected EOF while parsing", 1, 8, "é = 1 \\"},
		{"continuation then EOF in a block", "if 1:\n  x = 1 \\\n", syntaxErr, "unexpected EOF while parsing", 2, 10, "  x = 1 \\"},
		{"unindent mismatch", "if x:\n    a\n  b", indentErr, unindent, 3, 4, "  b"},
		{"unindent mismatch with newline", "if x:\n    a\n  b\n", indentErr, unindent, 3, 4, "  b"},
		{"unindent mismatch counts characters", "if x:\n    a\n  é = 1\n", indentErr, unindent, 3, 8, "  é = 1"},
		{"unindent mismatch from deep block", "if 1:\n  if 2:\n    x\n y\n", indentErr, unindent, 4, 3, " y"},
	})
}

// TestTabErrors: CPython says TabError with the caret suppressed (the
// offset points into the stripped indentation).
func TestTabErrors(t *testing.T) {
	for _, tc := range []struct{ name, src, text string }{
		{"tab then eight spaces", "if x:\n\ta\n        b\n", "        b"},
		{"eight spaces then tab", "if 1:\n        x\n\ty\n", "\ty"},
		{"spaces and tab then tab", "if 1:\n    \tx\n\ty\n", "\ty"},
		{"two spaces and tab then tab", "if 1:\n  \tx\n\ty\n", "\ty"},
		{"tab indent under space indent", "if 1:\n  if 2:\n\tx\n", "\tx"},
		{"space indent under tab indent", "if 1:\n  x\n\ty\n", "\ty"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := tokenizeErr(t, tc.src)
			if e.Kind != tabErr || e.Msg != tabMsg || e.Line != 3 || e.Text != tc.text {
				t.Errorf("got %s %q line %d text %q", e.Kind, e.Msg, e.Line, e.Text)
			}
			want := "  File \"f.py\", line 3\n    " + strings.TrimLeft(tc.text, " \t") + "\nTabError: " + tabMsg + "\n"
			if got := e.Format(); got != want {
				t.Errorf("Format()\n got: %q\nwant: %q", got, want)
			}
		})
	}
}

func TestTabErrorOffset(t *testing.T) {
	e := tokenizeErr(t, "if x:\n\ta\n        b\n")
	if e.Offset != 1 {
		t.Errorf("Offset = %d, want 1", e.Offset)
	}
}

func TestIndentationLimits(t *testing.T) {
	nest := func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(strings.Repeat(" ", i) + "if 1:\n")
		}
		b.WriteString(strings.Repeat(" ", n) + "x\n")
		return b.String()
	}
	toks := mustTokenize(t, nest(99))
	indents := 0
	for _, tok := range toks {
		if tok.Type == Indent {
			indents++
		}
	}
	if indents != 99 {
		t.Errorf("99 nested blocks: %d INDENT tokens", indents)
	}
	e := tokenizeErr(t, nest(100))
	if e.Kind != indentErr || e.Msg != "too many levels of indentation" || e.Line != 101 {
		t.Errorf("100 nested blocks: got %s %q line %d", e.Kind, e.Msg, e.Line)
	}

	parens := func(n int) string { return "x = " + strings.Repeat("(", n) + strings.Repeat(")", n) + "\n" }
	mustTokenize(t, parens(200))
	e = tokenizeErr(t, parens(201))
	if e.Kind != syntaxErr || e.Msg != "too many nested parentheses" || e.Line != 1 || e.Offset != 205 {
		t.Errorf("201 parentheses: got %s %q line %d offset %d", e.Kind, e.Msg, e.Line, e.Offset)
	}
}

func TestErrorFormat(t *testing.T) {
	// Expected outputs are what /usr/bin/python3 prints for a file holding
	// src, with the filename replaced.
	tests := []struct {
		name, src, want string
	}{
		{"caret under the digit", "0b2", "  File \"f.py\", line 1\n    0b2\n      ^\nSyntaxError: invalid digit '2' in binary literal\n"},
		{"unterminated string", "x = 'ab\ncd'", "  File \"f.py\", line 1\n    x = 'ab\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n"},
		{"range of carets", "007", "  File \"f.py\", line 1\n    007\n    ^^\nSyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers\n"},
		{"range of carets later in line", "x = 0_0_7 + 1\n", "  File \"f.py\", line 1\n    x = 0_0_7 + 1\n        ^^^^\nSyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers\n"},
		{"indentation is stripped", "if x:\n    a\n  b\n", "  File \"f.py\", line 3\n    b\n     ^\nIndentationError: unindent does not match any outer indentation level\n"},
		{"second line", "(\n]", "  File \"f.py\", line 2\n    ]\n    ^\nSyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1\n"},
		{"non-ASCII before the caret", "x = 1 + é€", "  File \"f.py\", line 1\n    x = 1 + é€\n             ^\nSyntaxError: invalid character '€' (U+20AC)\n"},
		{"caret after the end of the text", "x = 1 \\\n", "  File \"f.py\", line 1\n    x = 1 \\\n           ^\nSyntaxError: unexpected EOF while parsing\n"},
		{"never closed", "x = (\"a\",\n  \"b\"", "  File \"f.py\", line 1\n    x = (\"a\",\n        ^\nSyntaxError: '(' was never closed\n"},
		{"unterminated triple-quoted", "s = '''\nabc\ndef", "  File \"f.py\", line 1\n    s = '''\n        ^\nSyntaxError: unterminated triple-quoted string literal (detected at line 3)\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tokenizeErr(t, tc.src).Format(); got != tc.want {
				t.Errorf("Format()\n got: %q\nwant: %q", got, tc.want)
			}
		})
	}
}

func TestErrorFormatWithoutText(t *testing.T) {
	e := &Error{Kind: "SyntaxError", Msg: "boom", Filename: "m.py", Line: 7}
	if got, want := e.Format(), "  File \"m.py\", line 7\nSyntaxError: boom\n"; got != want {
		t.Errorf("Format() = %q, want %q", got, want)
	}
	e = &Error{Kind: "SyntaxError", Msg: "boom", Filename: "m.py", Line: 7, Text: "  abc", Offset: 0}
	if got, want := e.Format(), "  File \"m.py\", line 7\n    abc\nSyntaxError: boom\n"; got != want {
		t.Errorf("Format() with offset 0 = %q, want %q", got, want)
	}
	e = &Error{Kind: "SyntaxError", Msg: "m", Filename: "m.py", Line: 1, Text: "abc", Offset: 10}
	if got, want := e.Format(), "  File \"m.py\", line 1\n    abc\n       ^\nSyntaxError: m\n"; got != want {
		t.Errorf("Format() with offset past the end = %q, want %q", got, want)
	}
}

func TestErrorString(t *testing.T) {
	e := tokenizeErr(t, "x = 1\ny = 0b2\n")
	if got, want := e.Error(), "f.py:2:7: SyntaxError: invalid digit '2' in binary literal"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestCharOffset(t *testing.T) {
	tests := []struct {
		text    string
		byteCol int
		want    int
	}{
		{"abc", 0, 1},
		{"abc", 2, 3},
		{"abc", 3, 4},
		{"é = 1", 2, 2}, // after the two bytes of é
		{"é = 1", 3, 3},
		{"日本 x", 7, 4},
		{"ab", 5, 6}, // past the end: one per missing byte
		{"", 0, 1},
	}
	for _, tc := range tests {
		if got := CharOffset(tc.text, tc.byteCol); got != tc.want {
			t.Errorf("CharOffset(%q, %d) = %d, want %d", tc.text, tc.byteCol, got, tc.want)
		}
	}
}

func TestLineText(t *testing.T) {
	src := "first\nsecond\n\nfourth"
	for n, want := range map[int]string{1: "first", 2: "second", 3: "", 4: "fourth", 5: ""} {
		if got := LineText(src, n); got != want {
			t.Errorf("LineText(src, %d) = %q, want %q", n, got, want)
		}
	}
	if got := LineText("a\n", 2); got != "" {
		t.Errorf("LineText after final newline = %q", got)
	}
}

func TestNormalizeNewlines(t *testing.T) {
	for in, want := range map[string]string{
		"":             "",
		"a\nb":         "a\nb",
		"a\r\nb\r\n":   "a\nb\n",
		"a\rb\r":       "a\nb\n",
		"a\r\r\nb":     "a\n\nb",
		"a\n\rb":       "a\n\nb",
		"no newlines":  "no newlines",
		"'''x\r\ny'''": "'''x\ny'''",
	} {
		if got := NormalizeNewlines(in); got != want {
			t.Errorf("NormalizeNewlines(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDefinition(t *testing.T) {
	syms := Python.Symbols()
	want := map[string]plex.TokenType{
		"EOF": EOF, "Name": Name, "Keyword": Keyword, "Number": Number, "String": String,
		"Op": Op, "Newline": Newline, "Indent": Indent, "Dedent": Dedent,
	}
	if !reflect.DeepEqual(syms, want) {
		t.Errorf("Symbols() = %v, want %v", syms, want)
	}
	seen := map[plex.TokenType]string{}
	for name, typ := range syms {
		if other, ok := seen[typ]; ok {
			t.Errorf("symbols %s and %s share type %d", name, other, typ)
		}
		seen[typ] = name
	}
	if syms["EOF"] != plex.EOF {
		t.Errorf("EOF = %d, want participle's EOF %d", syms["EOF"], plex.EOF)
	}

	src := "def f(x):\n    return x ** 2  # square\n"
	drain := func(l plex.Lexer) []plex.Token {
		t.Helper()
		var out []plex.Token
		for i := 0; i < 100; i++ {
			tok, err := l.Next()
			if err != nil {
				t.Fatalf("Next: %v", err)
			}
			out = append(out, tok)
			if tok.Type == EOF {
				return out
			}
		}
		t.Fatal("no EOF after 100 tokens")
		return nil
	}
	direct := mustTokenize(t, src)
	l1, err := Python.Lex("test.py", strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	l2, err := Python.LexString("test.py", src)
	if err != nil {
		t.Fatal(err)
	}
	l3, err := Python.LexBytes("test.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range []plex.Lexer{l1, l2, l3, NewSliceLexer(direct)} {
		got := drain(l)
		if !reflect.DeepEqual(got, direct) {
			t.Errorf("lexer %d: tokens %q differ from Tokenize %q", i, renderAll(got), renderAll(direct))
		}
		// Past the end the lexer keeps returning EOF.
		for j := 0; j < 3; j++ {
			tok, err := l.Next()
			if err != nil || tok.Type != EOF {
				t.Errorf("lexer %d: Next after EOF = %v, %v", i, tok, err)
			}
		}
	}
	wantStream := []string{"Keyword def", "Name f", "Op (", "Name x", "Op )", "Op :", "Newline", "Indent",
		"Keyword return", "Name x", "Op **", "Number 2", "Newline", "Dedent", "EOF"}
	if got := renderAll(direct); !reflect.DeepEqual(got, wantStream) {
		t.Errorf("stream %q, want %q", got, wantStream)
	}
}

func TestDefinitionErrors(t *testing.T) {
	if _, err := Python.LexString("bad.py", "x = (\n"); err == nil {
		t.Error("LexString: no error for unclosed paren")
	} else if e, ok := err.(*Error); !ok || e.Msg != "'(' was never closed" || e.Filename != "bad.py" {
		t.Errorf("LexString error = %v", err)
	}
	if _, err := Python.Lex("bad.py", strings.NewReader("'abc")); err == nil {
		t.Error("Lex: no error for unterminated string")
	}
	if _, err := Python.LexBytes("bad.py", []byte("0x")); err == nil {
		t.Error("LexBytes: no error for bad number")
	}
	if _, err := Python.Lex("r.py", errReader{}); err == nil || err.Error() != "read failed" {
		t.Errorf("Lex with failing reader: err = %v", err)
	}
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("read failed") }

// Bugs: each test asserts what CPython 3.11 does and is skipped.

func TestBackslashAtEOFWithoutNewline(t *testing.T) {
	e := tokenizeErr(t, "x = 1 \\")
	if e.Msg != "unexpected EOF while parsing" || e.Line != 1 || e.Offset != 8 {
		t.Errorf("got %q line %d offset %d", e.Msg, e.Line, e.Offset)
	}
}

func TestBackslashEOFInsideBrackets(t *testing.T) {
	e := tokenizeErr(t, "x = (1 \\")
	if e.Msg != "'(' was never closed" || e.Line != 1 || e.Offset != 5 {
		t.Errorf("got %q line %d offset %d", e.Msg, e.Line, e.Offset)
	}
}

func TestBackslashLineKeepsIndentation(t *testing.T) {
	checkStream(t, "if 1:\n  x = 1\n\\\n  y = 2\n", []string{
		"Keyword if", "Number 1", "Op :", "Newline", "Indent", "Name x", "Op =", "Number 1", "Newline",
		"Name y", "Op =", "Number 2", "Newline", "Dedent", "EOF"})
}

func TestNullBytes(t *testing.T) {
	for _, src := range []string{"x = '\x00'\n", "x = 1\n\x00\n"} {
		_, err := Tokenize("f.py", src)
		if err == nil || !strings.Contains(err.Error(), "cannot contain null bytes") {
			t.Errorf("Tokenize(%q) error = %v", src, err)
		}
	}
}

func TestNewStreamMatchesTokenize(t *testing.T) {
	sources := []string{
		"",
		"x",
		"def f(x):\n    return x ** 2  # square\n",
		"if a:\n  if b:\n    c\nd\n",
		"s = '''a\nb''' + f\"{x!r}\"\r\ny = [1,\n  2]\n",
		"\ufeffé = 0x1F + .5j\n",
		"if a:\n  b",
		"x = \\\n  1\n",
		"   \n# only comments\n",
		"x = (\n", // errors
		"0b2",
		"if x:\n    a\n  b\n",
		"x = 'abc\n",
	}
	for _, src := range sources {
		want, wantErr := Tokenize("s.py", src)
		l := NewStream("s.py", src)
		var got []plex.Token
		var gotErr error
		for i := 0; i < 1000; i++ {
			tok, err := l.Next()
			if err != nil {
				gotErr = err
				break
			}
			got = append(got, tok)
			if tok.Type == EOF {
				break
			}
		}
		if wantErr != nil {
			if gotErr == nil || gotErr.Error() != wantErr.Error() {
				t.Errorf("NewStream(%q) error %v, want %v", src, gotErr, wantErr)
			}
			continue
		}
		if gotErr != nil {
			t.Errorf("NewStream(%q): unexpected error %v", src, gotErr)
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("NewStream(%q)\n got: %q\nwant: %q", src, renderAll(got), renderAll(want))
		}
		if tok, err := l.Next(); err != nil || tok.Type != EOF {
			t.Errorf("NewStream(%q): Next after EOF = %v, %v", src, tok, err)
		}
	}
}
