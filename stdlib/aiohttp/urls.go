package aiohttp

import (
	"net/url"
	"strings"

	"github.com/asl-lang/asl/vm"
)

// URL-encoding helpers for the asl side (there is no urllib in asl).

// urlencode is _aiohttp.urlencode(pairs): "k=v&..." with quote_plus, as
// urllib.parse.urlencode does (values are str already).
func urlencode(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 {
		return vm.Value{}, argError("urlencode(pairs)")
	}
	items, err := t.Iterate(a[0])
	if err != nil {
		return vm.Value{}, err
	}
	var b strings.Builder
	for i, it := range items {
		kv, ok := vm.Seq(it)
		if !ok || len(kv) != 2 {
			return vm.Value{}, vm.Errorf(vm.TypeErrorType, "not a valid non-string sequence or mapping object")
		}
		k, ok1 := str(kv[0])
		v, ok2 := str(kv[1])
		if !ok1 || !ok2 {
			return vm.Value{}, vm.Errorf(vm.TypeErrorType, "urlencode: keys and values must be str")
		}
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(quotePlus(k))
		b.WriteByte('=')
		b.WriteString(quotePlus(v))
	}
	return vm.NewStr(b.String()), nil
}

// quotePlus is urllib.parse.quote_plus with its default safe characters.
func quotePlus(s string) string {
	return strings.ReplaceAll(quoteSafe(s, ""), "%20", "+")
}

// quoteSafe is urllib.parse.quote(s, safe): letters, digits and "_.-~"
// and the safe characters stay, every other byte of the UTF-8 is %XX.
func quoteSafe(s, safe string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
			strings.IndexByte("_.-~", c) >= 0 || strings.IndexByte(safe, c) >= 0 {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

// quote is _aiohttp.quote(s, safe).
func quote(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 2 {
		return vm.Value{}, argError("quote(s, safe)")
	}
	s, ok1 := str(a[0])
	safe, ok2 := str(a[1])
	if !ok1 || !ok2 {
		return vm.Value{}, argError("quote(s, safe): str expected")
	}
	return vm.NewStr(quoteSafe(s, safe)), nil
}

// parseQSL is _aiohttp.parse_qsl(qs): the (name, value) pairs of a query
// string or form body, "+" as space, blank values kept, as aiohttp's
// request.query and post() give them.
func parseQSL(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 {
		return vm.Value{}, argError("parse_qsl(qs)")
	}
	qs, ok := str(a[0])
	if !ok {
		return vm.Value{}, argError("parse_qsl(qs): str expected")
	}
	var out []vm.Value
	for _, part := range strings.FieldsFunc(qs, func(r rune) bool { return r == '&' || r == ';' }) {
		k, v, _ := strings.Cut(part, "=")
		out = append(out, vm.NewTuple([]vm.Value{vm.NewStr(unquotePlus(k)), vm.NewStr(unquotePlus(v))}))
	}
	return vm.NewList(out), nil
}

// unquotePlus decodes %XX and "+"; a malformed escape stays as it is.
func unquotePlus(s string) string {
	s = strings.ReplaceAll(s, "+", " ")
	if r, err := url.PathUnescape(s); err == nil {
		return r
	}
	return s
}

// unquote is _aiohttp.unquote(s): %XX decoded ("+" stays), as yarl shows
// a path.
func unquote(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 {
		return vm.Value{}, argError("unquote(s)")
	}
	s, ok := str(a[0])
	if !ok {
		return vm.Value{}, argError("unquote(s): str expected")
	}
	if r, err := url.PathUnescape(s); err == nil {
		return vm.NewStr(r), nil
	}
	return a[0], nil
}

// unquoteQuery is _aiohttp.unquote_query(s): a query string decoded as
// yarl's query_string shows it: "+" is a space, the escapes of the
// characters that structure a query ("&", "=", "+", ";", "#") stay.
func unquoteQuery(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 {
		return vm.Value{}, argError("unquote_query(s)")
	}
	s, ok := str(a[0])
	if !ok {
		return vm.Value{}, argError("unquote_query(s): str expected")
	}
	var b []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '+':
			b = append(b, ' ')
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			d := unhex(s[i+1])<<4 | unhex(s[i+2])
			if strings.IndexByte("&=+;#", d) >= 0 {
				b = append(b, s[i:i+3]...)
			} else {
				b = append(b, d)
			}
			i += 2
		default:
			b = append(b, c)
		}
	}
	return vm.NewStr(string(b)), nil
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}
