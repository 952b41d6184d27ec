package lexer

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	plex "github.com/alecthomas/participle/v2/lexer"
)

// Limits of CPython's tokenizer.
const (
	tabSize    = 8   // the tab stop for indentation
	maxNesting = 200 // open brackets
	maxIndent  = 100 // indentation levels
	// maxDepth bounds the constructs of one logical line that nest without
	// brackets (lambda, conditional expressions, unary operators, **), so
	// that no input can exhaust the parser's stack.
	maxDepth = 1000
)

type bracket struct {
	ch        byte
	line, col int
}

// scanner holds the state of one tokenization.
type scanner struct {
	filename  string
	src       string
	pos       int // byte offset of the next character
	line      int // current line, 1-based
	lineStart int // byte offset where the current line starts
	toks      []plex.Token

	indents    []int // indentation columns, tabs to multiples of 8
	altIndents []int // the same columns with tabs counted as 1
	brackets   []bracket
	atBOL      bool // at the beginning of a logical line
	blank      bool // the current physical line holds no token
	done       bool // EOF was emitted
	depth      depthCount
	err        error // a limit exceeded while emitting
	head       int   // next token of toks to hand out, when streaming
}

// Tokenize splits src into tokens; the last one is EOF. It returns an
// *Error for source that Python's tokenizer rejects.
func Tokenize(filename, src string) ([]plex.Token, error) {
	src = NormalizeNewlines(src)
	src = strings.TrimPrefix(src, "\ufeff")
	s := &scanner{
		filename:   filename,
		src:        src,
		line:       1,
		indents:    []int{0},
		altIndents: []int{0},
		atBOL:      true,
		toks:       make([]plex.Token, 0, len(src)/3+8),
	}
	if err := s.nulCheck(); err != nil {
		return nil, err
	}
	if err := s.run(); err != nil {
		return nil, err
	}
	return s.toks, nil
}

// NewStream returns a participle lexer that produces the tokens of src as
// the parser asks for them, without keeping them all.
func NewStream(filename, src string) plex.Lexer {
	s := &scanner{
		filename:   filename,
		src:        strings.TrimPrefix(NormalizeNewlines(src), "\ufeff"),
		line:       1,
		indents:    []int{0},
		altIndents: []int{0},
		atBOL:      true,
		toks:       make([]plex.Token, 0, 16),
	}
	if err := s.nulCheck(); err != nil {
		s.err = err
	}
	return s
}

// nulCheck rejects source with a NUL byte, as CPython 3.12 does (3.11
// silently drops the rest of such a line when it reads a file).
func (s *scanner) nulCheck() error {
	i := strings.IndexByte(s.src, 0)
	if i < 0 {
		return nil
	}
	line := strings.Count(s.src[:i], "\n") + 1
	return s.errAt("SyntaxError", line, -1, "source code cannot contain null bytes")
}

// Next implements participle's lexer.Lexer.
func (s *scanner) Next() (plex.Token, error) {
	for s.head >= len(s.toks) {
		if s.done {
			return s.toks[len(s.toks)-1], nil // EOF again
		}
		s.toks, s.head = s.toks[:0], 0
		if err := s.step(); err != nil {
			return plex.Token{}, err
		}
	}
	t := s.toks[s.head]
	s.head++
	return t, nil
}

// NormalizeNewlines turns \r\n and lone \r into \n, as Python's text files do.
func NormalizeNewlines(src string) string {
	if !strings.Contains(src, "\r") {
		return src
	}
	src = strings.ReplaceAll(src, "\r\n", "\n")
	return strings.ReplaceAll(src, "\r", "\n")
}

// LineText returns the text of 1-based line n of src, without its newline.
func LineText(src string, n int) string {
	for i := 1; i < n; i++ {
		j := strings.IndexByte(src, '\n')
		if j < 0 {
			return ""
		}
		src = src[j+1:]
	}
	if j := strings.IndexByte(src, '\n'); j >= 0 {
		return src[:j]
	}
	return src
}

// errAt builds an error at 0-based byte column col of line; col < 0
// leaves the offset unknown.
func (s *scanner) errAt(kind string, line, col int, format string, args ...any) *Error {
	text := LineText(s.src, line)
	e := &Error{Kind: kind, Msg: fmt.Sprintf(format, args...), Filename: s.filename, Line: line, Text: text}
	if col >= 0 {
		e.Offset = CharOffset(text, col)
	}
	return e
}

// syntaxErr reports a SyntaxError with the caret on the byte at offset off
// of the current line.
func (s *scanner) syntaxErr(off int, format string, args ...any) *Error {
	return s.errAt("SyntaxError", s.line, off-s.lineStart, format, args...)
}

func (s *scanner) emit(typ plex.TokenType, start int) {
	v := s.src[start:s.pos]
	s.toks = append(s.toks, plex.Token{
		Type:  typ,
		Value: v,
		Pos:   plex.Position{Filename: s.filename, Offset: start, Line: s.line, Column: start - s.lineStart + 1},
	})
	if s.depth.add(typ, v) && s.err == nil {
		s.err = s.syntaxErr(start, "too many nested expressions")
	}
}

// depthCount counts, for one logical line, the constructs that nest
// without brackets.
type depthCount struct {
	lambdas, elses, pows, prefixes int
	afterOperand                   bool
}

// add records a token and reports whether a limit is exceeded.
func (d *depthCount) add(typ plex.TokenType, v string) bool {
	prefix := false
	switch {
	case typ == Keyword && v == "lambda":
		d.lambdas++
	case typ == Keyword && v == "else":
		d.elses++
	case typ == Op && v == "**":
		d.pows++
	case typ == Op && (v == "-" || v == "+" || v == "~") || typ == Keyword && v == "not":
		prefix = !d.afterOperand
	}
	if prefix {
		d.prefixes++
	} else {
		d.prefixes = 0
	}
	d.afterOperand = typ == Name || typ == Number || typ == String ||
		typ == Op && (v == ")" || v == "]" || v == "}") ||
		typ == Keyword && (v == "True" || v == "False" || v == "None")
	return d.lambdas > maxDepth || d.elses > maxDepth || d.pows > maxDepth || d.prefixes > maxDepth
}

// emitAt appends a token whose value is not source text.
func (s *scanner) emitAt(typ plex.TokenType, value string, off, line, lineStart int) {
	s.toks = append(s.toks, plex.Token{
		Type:  typ,
		Value: value,
		Pos:   plex.Position{Filename: s.filename, Offset: off, Line: line, Column: off - lineStart + 1},
	})
}

func (s *scanner) newline() {
	s.pos++
	s.line++
	s.lineStart = s.pos
}

func (s *scanner) run() error {
	for !s.done {
		if err := s.step(); err != nil {
			return err
		}
	}
	return nil
}

// step scans what follows the current position up to the next token.
func (s *scanner) step() error {
	if s.err != nil {
		return s.err
	}
	if s.atBOL {
		if err := s.indentation(); err != nil {
			return err
		}
	}
	s.skipSpace()
	if s.pos >= len(s.src) {
		s.done = true
		return s.finish()
	}
	c := s.src[s.pos]
	switch {
	case c == '#':
		for s.pos < len(s.src) && s.src[s.pos] != '\n' {
			s.pos++
		}
	case c == '\n':
		if len(s.brackets) == 0 {
			if !s.blank {
				s.emitAt(Newline, "\n", s.pos, s.line, s.lineStart)
			}
			s.depth = depthCount{}
			s.atBOL = true
		}
		s.newline()
	case c == '\\':
		if err := s.continuation(); err != nil {
			return err
		}
	case isDigit(c) || (c == '.' && s.pos+1 < len(s.src) && isDigit(s.src[s.pos+1])):
		s.blank = false
		if err := s.number(); err != nil {
			return err
		}
	case c == '\'' || c == '"':
		s.blank = false
		if err := s.str(s.pos); err != nil {
			return err
		}
	case c < utf8.RuneSelf && (isLetter(c) || c == '_') || c >= utf8.RuneSelf:
		s.blank = false
		if err := s.word(); err != nil {
			return err
		}
	default:
		s.blank = false
		if err := s.operator(); err != nil {
			return err
		}
	}
	return nil
}

func (s *scanner) skipSpace() {
	for s.pos < len(s.src) {
		switch s.src[s.pos] {
		case ' ', '\t', '\f':
			s.pos++
		default:
			return
		}
	}
}

// continuation handles a backslash outside a string.
func (s *scanner) continuation() error {
	start := s.pos
	s.pos++
	if s.pos >= len(s.src) {
		if len(s.brackets) > 0 {
			return s.finish()
		}
		return s.syntaxErr(start+1, "unexpected EOF while parsing")
	}
	if s.src[s.pos] != '\n' {
		return s.syntaxErr(start+1, "unexpected character after line continuation character")
	}
	s.newline()
	if s.pos >= len(s.src) {
		if len(s.brackets) > 0 {
			return s.finish()
		}
		return s.errAt("SyntaxError", s.line-1, start-s.toLineStart(start)+1, "unexpected EOF while parsing")
	}
	return nil
}

func (s *scanner) toLineStart(off int) int {
	return strings.LastIndexByte(s.src[:off], '\n') + 1
}

// finish emits the tokens that end the file.
func (s *scanner) finish() error {
	if len(s.brackets) > 0 {
		b := s.brackets[len(s.brackets)-1]
		return s.errAt("SyntaxError", b.line, b.col, "'%c' was never closed", b.ch)
	}
	if !s.blank && !s.atBOL {
		s.emitAt(Newline, "", s.pos, s.line, s.lineStart)
	}
	for len(s.indents) > 1 {
		s.indents = s.indents[:len(s.indents)-1]
		s.emitAt(Dedent, "", s.pos, s.line, s.lineStart)
	}
	s.emitAt(EOF, "", s.pos, s.line, s.lineStart)
	return nil
}

// indentation measures the indentation of a new logical line and emits
// INDENT or DEDENT tokens.
func (s *scanner) indentation() error {
	s.atBOL = false
	s.blank = true
	col, alt, contCol := 0, 0, 0
	for s.pos < len(s.src) {
		switch s.src[s.pos] {
		case ' ':
			col++
			alt++
		case '\t':
			col = (col/tabSize + 1) * tabSize
			alt++
		case '\f':
			col, alt = 0, 0
		case '\\':
			// Indentation cannot be split over lines with backslashes:
			// the column of the first backslash, if it is indented,
			// is the line's indentation (as tokenizer.c).
			if s.pos+1 < len(s.src) && s.src[s.pos+1] == '\n' {
				if contCol == 0 {
					contCol = col
				}
				s.pos++
				s.newline()
				continue
			}
			goto measured
		default:
			goto measured
		}
		s.pos++
	}
measured:
	if s.pos >= len(s.src) || s.src[s.pos] == '#' || s.src[s.pos] == '\n' || s.src[s.pos] == '\\' {
		if s.pos < len(s.src) && s.src[s.pos] == '\\' {
			s.blank = false
		} else {
			return nil // blank or comment-only line: no indentation change
		}
	}
	s.blank = false
	if contCol != 0 {
		col, alt = contCol, contCol
	}
	top := len(s.indents) - 1
	switch {
	case col == s.indents[top]:
		if alt != s.altIndents[top] {
			return s.tabError()
		}
	case col > s.indents[top]:
		if alt <= s.altIndents[top] {
			return s.tabError()
		}
		if len(s.indents) >= maxIndent {
			return s.errAt("IndentationError", s.line, -1, "too many levels of indentation")
		}
		s.indents = append(s.indents, col)
		s.altIndents = append(s.altIndents, alt)
		s.emitAt(Indent, "", s.pos, s.line, s.lineStart)
	default:
		for top > 0 && col < s.indents[top] {
			top--
			s.emitAt(Dedent, "", s.pos, s.line, s.lineStart)
		}
		s.indents = s.indents[:top+1]
		s.altIndents = s.altIndents[:top+1]
		if col != s.indents[top] {
			e := s.errAt("IndentationError", s.line, -1, "unindent does not match any outer indentation level")
			e.Offset = CharOffset(e.Text, len(e.Text))
			return e
		}
		if alt != s.altIndents[top] {
			return s.tabError()
		}
	}
	return nil
}

func (s *scanner) tabError() error {
	e := s.errAt("TabError", s.line, -1, "inconsistent use of tabs and spaces in indentation")
	e.Offset = 1 // CPython's; the caret is not printed for an indented line
	return e
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isIdentStart(r rune) bool {
	if r < utf8.RuneSelf {
		return isLetter(byte(r)) || r == '_'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

func isIdentContinue(r rune) bool {
	if r < utf8.RuneSelf {
		return isLetter(byte(r)) || r == '_' || isDigit(byte(r))
	}
	return isIdentStart(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)
}

// word scans a name, a keyword, or a prefixed string literal.
func (s *scanner) word() error {
	start := s.pos
	r, size := utf8.DecodeRuneInString(s.src[s.pos:])
	if !isIdentStart(r) {
		return s.badChar(r)
	}
	s.pos += size
	nonASCII := size > 1
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		if c < utf8.RuneSelf {
			if !(isLetter(c) || isDigit(c) || c == '_') {
				break
			}
			s.pos++
			continue
		}
		nonASCII = true
		r, size := utf8.DecodeRuneInString(s.src[s.pos:])
		if !isIdentContinue(r) {
			if unicode.IsPrint(r) && !unicode.IsSpace(r) && !unicode.IsPunct(r) && !unicode.IsSymbol(r) {
				break
			}
			return s.badCharAt(r, s.pos)
		}
		s.pos += size
	}
	if s.pos < len(s.src) && (s.src[s.pos] == '\'' || s.src[s.pos] == '"') && isStringPrefix(s.src[start:s.pos]) {
		return s.str(start)
	}
	word := s.src[start:s.pos]
	if nonASCII {
		if n := norm.NFKC.String(word); n != word {
			s.emitAt(Name, n, start, s.line, s.lineStart)
			s.depth.add(Name, n)
			return nil
		}
	}
	if Keywords[word] {
		s.emit(Keyword, start)
	} else {
		s.emit(Name, start)
	}
	return nil
}

// isStringPrefix reports whether p is a valid string prefix (any case).
func isStringPrefix(p string) bool {
	switch strings.ToLower(p) {
	case "r", "u", "b", "f", "br", "rb", "fr", "rf":
		return true
	}
	return false
}

func (s *scanner) badChar(r rune) error { return s.badCharAt(r, s.pos) }

func (s *scanner) badCharAt(r rune, off int) error {
	if unicode.IsPrint(r) {
		return s.syntaxErr(off, "invalid character '%c' (U+%04X)", r, r)
	}
	return s.syntaxErr(off, "invalid non-printable character U+%04X", r)
}

// str scans a string literal whose prefix starts at start and whose
// opening quote is at s.pos.
func (s *scanner) str(start int) error {
	q := s.src[s.pos]
	startLine, startLineStart := s.line, s.lineStart
	triple := strings.HasPrefix(s.src[s.pos:], strings.Repeat(string(q), 3))
	if triple {
		s.pos += 3
	} else {
		s.pos++
	}
	for {
		if s.pos >= len(s.src) {
			return s.unterminated(triple, start, startLine, startLineStart)
		}
		c := s.src[s.pos]
		switch {
		case c == q:
			if !triple {
				s.pos++
				goto done
			}
			if strings.HasPrefix(s.src[s.pos:], strings.Repeat(string(q), 3)) {
				s.pos += 3
				goto done
			}
			s.pos++
		case c == '\\':
			s.pos++
			if s.pos < len(s.src) {
				if s.src[s.pos] == '\n' {
					s.newline()
				} else {
					s.pos++
				}
			}
		case c == '\n':
			if !triple {
				return s.unterminated(false, start, startLine, startLineStart)
			}
			s.newline()
		default:
			s.pos++
		}
	}
done:
	s.toks = append(s.toks, plex.Token{
		Type:  String,
		Value: s.src[start:s.pos],
		Pos:   plex.Position{Filename: s.filename, Offset: start, Line: startLine, Column: start - startLineStart + 1},
	})
	s.depth.add(String, "")
	return nil
}

func (s *scanner) unterminated(triple bool, start, line, lineStart int) error {
	detected := s.line
	if s.pos >= len(s.src) && s.pos > 0 && s.src[s.pos-1] == '\n' {
		detected = s.line - 1
	}
	kind := "string literal"
	if triple {
		kind = "triple-quoted string literal"
	}
	return s.errAt("SyntaxError", line, start-lineStart, "unterminated %s (detected at line %d)", kind, detected)
}

// operators maps each operator and delimiter to itself, longest first.
var operators3 = []string{"**=", "//=", ">>=", "<<=", "..."}
var operators2 = []string{"**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":="}

const operators1 = "+-*/%@&|^~<>()[]{},:;.=!$?`"

var closing = map[byte]byte{')': '(', ']': '[', '}': '{'}

func (s *scanner) operator() error {
	start := s.pos
	rest := s.src[s.pos:]
	for _, op := range operators3 {
		if strings.HasPrefix(rest, op) {
			s.pos += 3
			s.emit(Op, start)
			return nil
		}
	}
	for _, op := range operators2 {
		if strings.HasPrefix(rest, op) {
			s.pos += 2
			s.emit(Op, start)
			return nil
		}
	}
	c := s.src[s.pos]
	if strings.IndexByte(operators1, c) < 0 {
		r, _ := utf8.DecodeRuneInString(rest)
		return s.badChar(r)
	}
	switch c {
	case '(', '[', '{':
		if len(s.brackets) >= maxNesting {
			return s.syntaxErr(s.pos, "too many nested parentheses")
		}
		s.brackets = append(s.brackets, bracket{c, s.line, s.pos - s.lineStart})
	case ')', ']', '}':
		if len(s.brackets) == 0 {
			return s.syntaxErr(s.pos, "unmatched '%c'", c)
		}
		open := s.brackets[len(s.brackets)-1]
		if open.ch != closing[c] {
			if open.line != s.line {
				return s.syntaxErr(s.pos, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open.ch, open.line)
			}
			return s.syntaxErr(s.pos, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.ch)
		}
		s.brackets = s.brackets[:len(s.brackets)-1]
	}
	s.pos++
	s.emit(Op, start)
	return nil
}
