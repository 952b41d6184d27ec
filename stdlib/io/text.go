package io

import (
	"bufio"
	"bytes"
	"fmt"
	goio "io"
	"strings"
	"unicode/utf8"

	"github.com/asl-lang/asl/vm"
)

// textConfig is how a text file decodes and encodes: its codec, error
// handler and newline mode.
type textConfig struct {
	codec  string // "utf-8", "latin-1" or "ascii"
	errors string // "strict", "ignore" or "replace"
	// newline is open()'s newline argument; universal is true when it is
	// None (read: \r and \r\n become \n).
	newline   string
	universal bool
}

// codecOf normalizes an encoding name to one asl knows.
func codecOf(name string) (string, bool) {
	n := strings.ReplaceAll(strings.ToLower(name), "_", "-")
	switch n {
	case "utf-8", "utf8", "u8", "utf":
		return "utf-8", true
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "8859", "cp819", "latin":
		return "latin-1", true
	case "ascii", "us-ascii", "646":
		return "ascii", true
	}
	return "", false
}

// decodeError is CPython's UnicodeDecodeError for the byte at pos.
func (c *textConfig) decodeError(b byte, pos int64, reason string) error {
	if c.codec == "ascii" {
		reason = "ordinal not in range(128)"
	}
	return vm.Errorf(vm.UnicodeDecodeErrorType, "'%s' codec can't decode byte 0x%02x in position %d: %s", c.codec, b, pos, reason)
}

// readChar reads one character; ok is false at the end of the file.
// pos counts the bytes read so far by the current call (for errors).
func (c *textConfig) readChar(r *bufio.Reader, pos *int64) (ch rune, ok bool, err error) {
	for {
		switch c.codec {
		case "utf-8":
			ch, size, err := r.ReadRune()
			if err == goio.EOF {
				return 0, false, nil
			}
			if err != nil {
				return 0, false, err
			}
			*pos += int64(size)
			if ch != utf8.RuneError || size > 1 {
				return ch, true, nil
			}
			r.UnreadRune()
			bad, _ := r.ReadByte()
			switch c.errors {
			case "ignore":
				continue
			case "replace":
				return utf8.RuneError, true, nil
			}
			return 0, false, c.decodeError(bad, *pos-1, utf8Reason(bad, r))
		default:
			b, err := r.ReadByte()
			if err == goio.EOF {
				return 0, false, nil
			}
			if err != nil {
				return 0, false, err
			}
			*pos++
			if b < 0x80 || c.codec == "latin-1" {
				return rune(b), true, nil
			}
			switch c.errors {
			case "ignore":
				continue
			case "replace":
				return utf8.RuneError, true, nil
			}
			return 0, false, c.decodeError(b, *pos-1, "")
		}
	}
}

// utf8Reason is why CPython's decoder rejects the byte bad, given what
// follows it.
func utf8Reason(bad byte, r *bufio.Reader) string {
	if bad < 0xC2 || bad > 0xF4 {
		return "invalid start byte"
	}
	if _, err := r.Peek(1); err != nil {
		return "unexpected end of data"
	}
	return "invalid continuation byte"
}

// readText reads n characters (everything left when n < 0).
func (c *textConfig) readText(r *bufio.Reader, n int64) (string, error) {
	if n < 0 {
		data, err := goio.ReadAll(r)
		if err != nil {
			return "", err
		}
		if c.codec == "utf-8" && utf8.Valid(data) || c.codec == "ascii" && isASCII(data) {
			s := string(data)
			if c.universal {
				s = translateNewlines(s)
			}
			return s, nil
		}
		r = bufio.NewReader(bytes.NewReader(data))
	}
	var b strings.Builder
	var pos int64
	for k := int64(0); n < 0 || k < n; k++ {
		ch, ok, err := c.readChar(r, &pos)
		if err != nil {
			return b.String(), err
		}
		if !ok {
			break
		}
		if ch == '\r' && c.universal {
			ch = '\n'
			c.skipLF(r)
		}
		b.WriteRune(ch)
	}
	return b.String(), nil
}

// skipLF consumes a \n that follows a \r, for universal newlines.
func (c *textConfig) skipLF(r *bufio.Reader) {
	if p, err := r.Peek(1); err == nil && p[0] == '\n' {
		r.ReadByte()
	}
}

// readLine reads a line, its ending included (at most limit characters
// when limit >= 0), as the newline mode defines lines.
func (c *textConfig) readLine(r *bufio.Reader, limit int64) (string, error) {
	if limit < 0 {
		if s, ok := c.fastLine(r); ok {
			return s, nil
		}
	}
	var b strings.Builder
	var pos int64
	for k := int64(0); limit < 0 || k < limit; k++ {
		ch, ok, err := c.readChar(r, &pos)
		if err != nil {
			return b.String(), err
		}
		if !ok {
			break
		}
		if ch == '\r' {
			switch {
			case c.universal:
				c.skipLF(r)
				b.WriteByte('\n')
				return b.String(), nil
			case c.newline == "":
				b.WriteByte('\r')
				if p, err := r.Peek(1); err == nil && p[0] == '\n' && (limit < 0 || k+1 < limit) {
					r.ReadByte()
					b.WriteByte('\n')
				}
				return b.String(), nil
			case c.newline == "\r":
				b.WriteByte('\r')
				return b.String(), nil
			}
		}
		b.WriteRune(ch)
		if ch == '\n' && c.newline != "\r" && (c.newline != "\r\n" || strings.HasSuffix(b.String(), "\r\n")) {
			return b.String(), nil
		}
	}
	return b.String(), nil
}

// fastLine returns the next line straight from the read buffer when it is
// there whole, valid and free of \r (the common case).
func (c *textConfig) fastLine(r *bufio.Reader) (string, bool) {
	if c.codec != "utf-8" || c.newline == "\r" || c.newline == "\r\n" {
		return "", false
	}
	if r.Buffered() == 0 {
		if _, err := r.Peek(1); err != nil {
			return "", err == goio.EOF
		}
	}
	buf, _ := r.Peek(r.Buffered())
	i := bytes.IndexByte(buf, '\n')
	if i < 0 || c.newline != "\n" && bytes.IndexByte(buf[:i], '\r') >= 0 || !utf8.Valid(buf[:i+1]) {
		return "", false
	}
	s := string(buf[:i+1])
	r.Discard(i + 1)
	return s, true
}

// encode turns text into the bytes written, translating \n as the
// newline mode says.
func (c *textConfig) encode(s string) ([]byte, error) {
	if c.newline == "\r" || c.newline == "\r\n" {
		s = strings.ReplaceAll(s, "\n", c.newline)
	}
	if c.codec == "utf-8" {
		return []byte(s), nil
	}
	limit := rune(0x7f)
	if c.codec == "latin-1" {
		limit = 0xff
	}
	out := make([]byte, 0, len(s))
	i := 0
	for _, ch := range s {
		if ch > limit {
			switch c.errors {
			case "ignore":
				i++
				continue
			case "replace":
				out = append(out, '?')
				i++
				continue
			}
			return nil, vm.Errorf(vm.UnicodeEncodeErrorType, "'%s' codec can't encode character %s in position %d: ordinal not in range(%d)",
				c.codec, charEscape(ch), i, limit+1)
		}
		out = append(out, byte(ch))
		i++
	}
	return out, nil
}

// charEscape is how CPython's encode errors show a character: '\xe9',
// '\u20ac', '\U0001f600'.
func charEscape(ch rune) string {
	switch {
	case ch <= 0xff:
		return fmt.Sprintf("'\\x%02x'", ch)
	case ch <= 0xffff:
		return fmt.Sprintf("'\\u%04x'", ch)
	}
	return fmt.Sprintf("'\\U%08x'", ch)
}

// translateNewlines is universal newlines: \r\n and \r become \n.
func translateNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}
