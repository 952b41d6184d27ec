package parser

import (
	"github.com/asl-lang/asl/lexer"
)

// indentation finds the first block-structure error up to the logical line
// of token at: an indented line that opens no block, or a block header
// whose body is not indented.
func (d *diagnoser) indentation(at int) error {
	limit := d.lineEnd(at)
	for i := 1; i < len(d.toks) && i <= limit+1; i++ {
		t := d.toks[i]
		if t.Type == lexer.Indent && !(d.toks[i-1].Type == lexer.Newline && d.isOp(i-2, ":")) {
			e := d.errAt("IndentationError", t, "unexpected indent")
			e.Offset = 0
			return e
		}
		if t.Type == lexer.Newline {
			if e := d.missingColon(d.lineStart(i), i); e != nil {
				return e
			}
		}
		if t.Type == lexer.Newline && d.isOp(i-1, ":") && i+1 < len(d.toks) && d.toks[i+1].Type != lexer.Indent {
			return d.missingBlock(i)
		}
	}
	return nil
}

// missingBlock reports the header ending with the Newline at index nl.
func (d *diagnoser) missingBlock(nl int) error {
	hdr := d.lineStart(nl)
	kw := d.toks[hdr]
	what := "'" + kw.Value + "' statement"
	word := kw.Value
	if word == "async" && hdr+1 < nl {
		word = d.toks[hdr+1].Value
		what = "'" + word + "' statement"
	}
	switch word {
	case "def":
		what = "function definition"
	case "class":
		what = "class definition"
	}
	next := nl + 1
	for next < len(d.toks)-1 && d.toks[next].Type == lexer.Dedent {
		next++
	}
	if d.toks[next].Type == lexer.EOF {
		e := d.errAt("IndentationError", d.toks[nl], "expected an indented block after %s on line %d", what, kw.Pos.Line)
		e.Offset = 0
		return e
	}
	return d.errAt("IndentationError", d.toks[next], "expected an indented block after %s on line %d", what, kw.Pos.Line)
}

var compoundKeywords = map[string]bool{
	"if": true, "elif": true, "else": true, "while": true, "for": true, "def": true,
	"class": true, "with": true, "try": true, "except": true, "finally": true, "async": true,
}

// missingColon reports a compound statement header without its colon.
func (d *diagnoser) missingColon(start, end int) *lexer.Error {
	if !compoundKeywords[d.toks[start].Value] || d.toks[start].Type != lexer.Keyword {
		return nil
	}
	if d.isKw(start, "def", "class") && d.toks[start+1].Type != lexer.Name {
		return nil
	}
	depth, colons, lambdas := 0, 0, 0
	for i := start; i < end; i++ {
		switch {
		case d.isOp(i, "(", "[", "{"):
			depth++
		case d.isOp(i, ")", "]", "}"):
			depth--
		case depth == 0 && d.isOp(i, ":"):
			colons++
		case depth == 0 && d.isKw(i, "lambda"):
			lambdas++
		}
	}
	if colons > lambdas {
		return nil
	}
	return d.errAt("SyntaxError", d.toks[end], "expected ':'")
}

// printStatement reports Python 2's print statement.
func (d *diagnoser) printStatement(start, end int) *lexer.Error {
	t := d.toks[start]
	if t.Type != lexer.Name || t.Value != "print" || start+1 >= end {
		return nil
	}
	next := d.toks[start+1]
	if next.Type == lexer.Op && next.Value != "-" && next.Value != "+" && next.Value != "~" && next.Value != "[" && next.Value != "{" {
		return nil
	}
	if next.Type == lexer.Keyword && !d.isKw(start+1, "None", "True", "False", "lambda", "not", "await") {
		return nil
	}
	return d.errRange("SyntaxError", t, d.toks[end-1], "Missing parentheses in call to 'print'. Did you mean print(...)?")
}
