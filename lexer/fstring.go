package lexer

import (
	"strings"
)

// FPart is one piece of an f-string: literal text or a replacement field.
type FPart struct {
	Literal string // decoded literal text, when Expr is empty
	IsExpr  bool
	Expr    string  // the expression's source text
	Offset  int     // byte offset of Expr within the f-string body
	Debug   string  // for {x=}: the text "x=" (with its spaces) to print first
	Conv    int     // -1, or 's', 'r', 'a'
	Spec    []FPart // the format spec's pieces; nil when there is none
	HasSpec bool
}

// FStringError is an error inside an f-string body; Pos is a byte offset
// within the body.
type FStringError struct {
	Msg string
	Pos int
}

func (e *FStringError) Error() string { return e.Msg }

// SplitFString breaks the body of an f-string into literal and
// replacement-field pieces, following CPython 3.11's f-string rules.
func SplitFString(body string, raw bool) ([]FPart, error) {
	p := &fsplit{body: body, raw: raw}
	parts, err := p.parts(0)
	if err != nil {
		return nil, err
	}
	if p.pos < len(body) {
		return nil, &FStringError{Msg: "f-string: single '}' is not allowed", Pos: p.pos}
	}
	return parts, nil
}

type fsplit struct {
	body string
	pos  int
	raw  bool
}

// parts reads pieces until the end of the body or, inside a format spec
// (depth > 0), until the closing '}'.
func (p *fsplit) parts(depth int) ([]FPart, error) {
	var out []FPart
	var lit strings.Builder
	flush := func() error {
		if lit.Len() == 0 {
			return nil
		}
		s := lit.String()
		lit.Reset()
		if !p.raw {
			d, err := Decode(s, false)
			if err != nil {
				return err
			}
			s = d
		}
		if n := len(out); n > 0 && !out[n-1].IsExpr {
			out[n-1].Literal += s
		} else {
			out = append(out, FPart{Literal: s})
		}
		return nil
	}
	for p.pos < len(p.body) {
		c := p.body[p.pos]
		switch {
		case c == '\\' && !p.raw && p.pos+1 < len(p.body):
			if p.body[p.pos+1] == 'N' && p.pos+2 < len(p.body) && p.body[p.pos+2] == '{' {
				end := strings.IndexByte(p.body[p.pos:], '}')
				if end > 0 {
					lit.WriteString(p.body[p.pos : p.pos+end+1])
					p.pos += end + 1
					continue
				}
			}
			if next := p.body[p.pos+1]; next == '{' || next == '}' {
				lit.WriteByte('\\')
				p.pos++
				continue
			}
			lit.WriteString(p.body[p.pos : p.pos+2])
			p.pos += 2
		case c == '{':
			if depth == 0 && p.pos+1 < len(p.body) && p.body[p.pos+1] == '{' {
				lit.WriteByte('{')
				p.pos += 2
				continue
			}
			if err := flush(); err != nil {
				return nil, err
			}
			part, err := p.field(depth)
			if err != nil {
				return nil, err
			}
			out = append(out, part)
		case c == '}':
			if depth > 0 {
				if err := flush(); err != nil {
					return nil, err
				}
				return out, nil
			}
			if p.pos+1 < len(p.body) && p.body[p.pos+1] == '}' {
				lit.WriteByte('}')
				p.pos += 2
				continue
			}
			return nil, &FStringError{Msg: "f-string: single '}' is not allowed", Pos: p.pos}
		default:
			lit.WriteByte(c)
			p.pos++
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

// field reads a replacement field; p.pos is at its '{'.
func (p *fsplit) field(depth int) (FPart, error) {
	if depth >= 2 {
		return FPart{}, &FStringError{Msg: "f-string: expressions nested too deeply", Pos: p.pos}
	}
	p.pos++
	start := p.pos
	var stack []byte
	var quote byte
	tripleQuote := false
	for ; p.pos < len(p.body); p.pos++ {
		c := p.body[p.pos]
		if c == '\\' {
			return FPart{}, &FStringError{Msg: "f-string expression part cannot include a backslash", Pos: p.pos}
		}
		if quote != 0 {
			if c == quote {
				if !tripleQuote {
					quote = 0
				} else if strings.HasPrefix(p.body[p.pos:], strings.Repeat(string(quote), 3)) {
					quote = 0
					p.pos += 2
				}
			}
			continue
		}
		switch c {
		case '\'', '"':
			quote = c
			tripleQuote = strings.HasPrefix(p.body[p.pos:], strings.Repeat(string(c), 3))
			if tripleQuote {
				p.pos += 2
			}
			continue
		case '[', '(', '{':
			stack = append(stack, c)
			continue
		case ']', ')':
			if len(stack) == 0 {
				return FPart{}, &FStringError{Msg: "f-string: unmatched '" + string(c) + "'", Pos: p.pos}
			}
			open := stack[len(stack)-1]
			if open != map[byte]byte{']': '[', ')': '('}[c] {
				return FPart{}, &FStringError{Msg: "f-string: closing parenthesis '" + string(c) + "' does not match opening parenthesis '" + string(open) + "'", Pos: p.pos}
			}
			stack = stack[:len(stack)-1]
			continue
		case '#':
			return FPart{}, &FStringError{Msg: "f-string expression part cannot include '#'", Pos: p.pos}
		}
		if len(stack) > 0 {
			if c == '}' {
				if stack[len(stack)-1] != '{' {
					return FPart{}, &FStringError{Msg: "f-string: closing parenthesis '}' does not match opening parenthesis '" + string(stack[len(stack)-1]) + "'", Pos: p.pos}
				}
				stack = stack[:len(stack)-1]
			}
			continue
		}
		if c == '}' || c == ':' {
			break
		}
		if c == '!' && !(p.pos+1 < len(p.body) && p.body[p.pos+1] == '=') {
			break
		}
		if c == '=' {
			next := byte(0)
			if p.pos+1 < len(p.body) {
				next = p.body[p.pos+1]
			}
			prev := p.body[p.pos-1]
			if next != '=' && (p.pos == start || !strings.ContainsRune("=!<>", rune(prev))) {
				break
			}
			if next == '=' {
				p.pos++
			}
		}
	}
	if quote != 0 {
		return FPart{}, &FStringError{Msg: "f-string: unterminated string", Pos: p.pos}
	}
	if len(stack) > 0 {
		return FPart{}, &FStringError{Msg: "f-string: unmatched '" + string(stack[len(stack)-1]) + "'", Pos: p.pos}
	}
	if p.pos >= len(p.body) {
		return FPart{}, &FStringError{Msg: "f-string: expecting '}'", Pos: p.pos}
	}
	part := FPart{IsExpr: true, Expr: p.body[start:p.pos], Offset: start, Conv: -1}
	if strings.TrimSpace(part.Expr) == "" {
		if c := p.body[p.pos]; c == '!' || c == ':' || c == '=' {
			return FPart{}, &FStringError{Msg: "f-string: expression required before '" + string(c) + "'", Pos: p.pos}
		}
		return FPart{}, &FStringError{Msg: "f-string: empty expression not allowed", Pos: p.pos}
	}
	if p.body[p.pos] == '=' {
		p.pos++
		for p.pos < len(p.body) && (p.body[p.pos] == ' ' || p.body[p.pos] == '\t' || p.body[p.pos] == '\n') {
			p.pos++
		}
		part.Debug = p.body[start:p.pos]
		if p.pos >= len(p.body) {
			return FPart{}, &FStringError{Msg: "f-string: expecting '}'", Pos: p.pos}
		}
	}
	if p.body[p.pos] == '!' {
		p.pos++
		if p.pos >= len(p.body) {
			return FPart{}, &FStringError{Msg: "f-string: expecting '}'", Pos: p.pos}
		}
		c := p.body[p.pos]
		p.pos++
		if c != 's' && c != 'r' && c != 'a' {
			return FPart{}, &FStringError{Msg: "f-string: invalid conversion character: expected 's', 'r', or 'a'", Pos: p.pos}
		}
		if p.pos >= len(p.body) || (p.body[p.pos] != '}' && p.body[p.pos] != ':') {
			return FPart{}, &FStringError{Msg: "f-string: expecting '}'", Pos: p.pos}
		}
		part.Conv = int(c)
	}
	if p.pos < len(p.body) && p.body[p.pos] == ':' {
		p.pos++
		spec, err := p.parts(depth + 1)
		if err != nil {
			return FPart{}, err
		}
		part.Spec, part.HasSpec = spec, true
	}
	if p.pos >= len(p.body) || p.body[p.pos] != '}' {
		return FPart{}, &FStringError{Msg: "f-string: expecting '}'", Pos: p.pos}
	}
	p.pos++
	if part.Debug != "" && part.Conv == -1 && !part.HasSpec {
		part.Conv = 'r'
	}
	return part, nil
}
