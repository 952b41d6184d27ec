package lexer

// number scans a numeric literal the way CPython's tokenizer does, with its
// error messages and caret positions. The scanner's "cursor" follows
// tokenizer.c: an error raised with the cursor at c puts the caret on the
// character before c.
func (s *scanner) number() error {
	start := s.pos
	n := numScan{s: s, cur: s.pos}
	if err := n.scan(); err != nil {
		return err
	}
	s.pos = n.cur
	s.emit(Number, start)
	return nil
}

type numScan struct {
	s   *scanner
	cur int
}

const eofChar = -1

func (n *numScan) next() int {
	if n.cur >= len(n.s.src) {
		n.cur++
		return eofChar
	}
	c := n.s.src[n.cur]
	n.cur++
	return int(c)
}

func (n *numScan) backup() { n.cur-- }

// errHere reports an error with the caret before the cursor.
func (n *numScan) errHere(format string, args ...any) error {
	return n.s.syntaxErr(n.cur-1, format, args...)
}

func isDigitC(c int) bool { return c >= '0' && c <= '9' }
func isHexC(c int) bool {
	return isDigitC(c) || (c|0x20 >= 'a' && c|0x20 <= 'f')
}

// decimalTail reads digits and single underscores; it returns the first
// character after them.
func (n *numScan) decimalTail() (int, error) {
	for {
		c := n.next()
		for isDigitC(c) {
			c = n.next()
		}
		if c != '_' {
			return c, nil
		}
		c = n.next()
		if !isDigitC(c) {
			n.backup()
			return 0, n.errHere("invalid decimal literal")
		}
	}
}

// endOfNumber rejects a literal glued to a name, as verify_end_of_number.
func (n *numScan) endOfNumber(c int, kind string) error {
	if c == eofChar {
		return nil
	}
	rest := n.s.src[n.cur-1:]
	for _, kw := range []string{"and", "else", "for", "if", "in", "is", "or", "not"} {
		if len(rest) >= len(kw) && rest[:len(kw)] == kw {
			return nil // CPython only warns here
		}
	}
	if c >= 0x80 || c == '_' || isDigitC(c) || c|0x20 >= 'a' && c|0x20 <= 'z' {
		n.backup()
		return n.errHere("invalid %s literal", kind)
	}
	return nil
}

func (n *numScan) scan() error {
	c := n.next()
	if c == '.' {
		c = n.next()
		return n.fraction(c)
	}
	if c == '0' {
		c = n.next()
		switch c | 0x20 {
		case 'x':
			return n.radix(func(c int) bool { return isHexC(c) }, "hexadecimal", false)
		case 'o':
			return n.radix(func(c int) bool { return c >= '0' && c < '8' }, "octal", true)
		case 'b':
			return n.radix(func(c int) bool { return c == '0' || c == '1' }, "binary", true)
		}
		return n.leadingZero(c)
	}
	n.backup()
	c, err := n.decimalTail()
	if err != nil {
		return err
	}
	if c == '.' {
		c = n.next()
		return n.fraction(c)
	}
	return n.afterFraction(c)
}

// radix scans the digits after 0x, 0o or 0b.
func (n *numScan) radix(ok func(int) bool, kind string, badDigit bool) error {
	c := n.next()
	for {
		if c == '_' {
			c = n.next()
		}
		if !ok(c) {
			if badDigit && isDigitC(c) {
				return n.errHere("invalid digit '%c' in %s literal", c, kind)
			}
			n.backup()
			return n.errHere("invalid %s literal", kind)
		}
		for ok(c) {
			c = n.next()
		}
		if c != '_' {
			break
		}
	}
	if badDigit && isDigitC(c) {
		return n.errHere("invalid digit '%c' in %s literal", c, kind)
	}
	if err := n.endOfNumber(c, kind); err != nil {
		return err
	}
	n.backup()
	return nil
}

// leadingZero scans a literal that starts with 0 and is not 0x/0o/0b.
func (n *numScan) leadingZero(c int) error {
	start := n.cur - 2
	for {
		if c == '_' {
			c = n.next()
			if !isDigitC(c) {
				n.backup()
				return n.errHere("invalid decimal literal")
			}
		}
		if c != '0' {
			break
		}
		c = n.next()
	}
	zerosEnd := n.cur
	nonzero := false
	if isDigitC(c) {
		nonzero = true
		var err error
		if c, err = n.decimalTail(); err != nil {
			return err
		}
	}
	switch {
	case c == '.':
		c = n.next()
		return n.fraction(c)
	case c == 'e' || c == 'E':
		return n.exponent(c)
	case c == 'j' || c == 'J':
		return n.imaginary()
	case nonzero:
		e := n.s.syntaxErr(start, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
		// CPython gives this range in bytes, unlike its other tokenizer errors.
		e.Offset = start - n.s.lineStart + 1
		e.EndLine = e.Line
		e.EndOffset = zerosEnd - n.s.lineStart
		return e
	}
	if err := n.endOfNumber(c, "decimal"); err != nil {
		return err
	}
	n.backup()
	return nil
}

// fraction continues after the decimal point; c is the next character.
func (n *numScan) fraction(c int) error {
	if isDigitC(c) {
		n.backup()
		var err error
		if c, err = n.decimalTail(); err != nil {
			return err
		}
	}
	return n.afterFraction(c)
}

func (n *numScan) afterFraction(c int) error {
	if c == 'e' || c == 'E' {
		return n.exponent(c)
	}
	if c == 'j' || c == 'J' {
		return n.imaginary()
	}
	if err := n.endOfNumber(c, "decimal"); err != nil {
		return err
	}
	n.backup()
	return nil
}

func (n *numScan) exponent(e int) error {
	c := n.next()
	if c == '+' || c == '-' {
		c = n.next()
		if !isDigitC(c) {
			n.backup()
			return n.errHere("invalid decimal literal")
		}
	} else if !isDigitC(c) {
		n.backup()
		if err := n.endOfNumber(e, "decimal"); err != nil {
			return err
		}
		n.backup() // the exponent letter is not part of the number
		return nil
	}
	n.backup()
	c, err := n.decimalTail()
	if err != nil {
		return err
	}
	if c == 'j' || c == 'J' {
		return n.imaginary()
	}
	if err := n.endOfNumber(c, "decimal"); err != nil {
		return err
	}
	n.backup()
	return nil
}

func (n *numScan) imaginary() error {
	c := n.next()
	if err := n.endOfNumber(c, "imaginary"); err != nil {
		return err
	}
	n.backup()
	return nil
}
