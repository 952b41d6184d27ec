package lexer

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Error is a SyntaxError (or one of its subclasses IndentationError and
// TabError) found in source code, located the way CPython locates it.
type Error struct {
	Kind      string // "SyntaxError", "IndentationError" or "TabError"
	Msg       string
	Filename  string
	Line      int    // 1-based line
	Offset    int    // CPython's 1-based character offset; 0 when unknown
	EndLine   int    // 0 when there is no end position
	EndOffset int    // CPython's 1-based character end offset
	Text      string // the source line, without its newline
}

// Error returns "file:line:col: Kind: msg".
func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Line, e.Offset, e.Kind, e.Msg)
}

// CharOffset converts a 0-based byte column of text into CPython's 1-based
// character offset.
func CharOffset(text string, byteCol int) int {
	if byteCol > len(text) {
		return utf8.RuneCountInString(text) + byteCol - len(text) + 1
	}
	return utf8.RuneCountInString(text[:byteCol]) + 1
}

// Format renders the error as CPython 3.11 prints an uncaught SyntaxError:
// the file and line, the source line, a caret line, then "Kind: msg".
func (e *Error) Format() string {
	var b strings.Builder
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", e.Filename, e.Line)
	if e.Text != "" {
		writeErrorText(&b, e.Text, e.Offset, e.EndOffset)
	}
	fmt.Fprintf(&b, "%s: %s\n", e.Kind, e.Msg)
	return b.String()
}

// writeErrorText mirrors CPython's print_error_text: the offsets are
// character offsets, but they are applied to the UTF-8 text.
func writeErrorText(b *strings.Builder, text string, offset, endOffset int) {
	reps := 1
	if endOffset > 0 && endOffset > offset {
		reps = endOffset - offset
	}
	offset-- // to 0-based
	i := 0
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\f') {
		i++
		offset--
	}
	text = text[i:]
	if offset > len(text) {
		offset = len(text)
	}
	b.WriteString("    ")
	b.WriteString(text)
	b.WriteString("\n")
	if offset < 0 {
		return
	}
	b.WriteString("    ")
	b.WriteString(strings.Repeat(" ", offset))
	b.WriteString(strings.Repeat("^", reps))
	b.WriteString("\n")
}
