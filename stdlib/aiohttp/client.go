package aiohttp

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/asl-lang/asl/stdlib/asyncio"
	"github.com/asl-lang/asl/vm"
)

// The client side: each ClientSession has a net/http Client with its own
// Transport (so its connections are reused), and each request runs on a
// goroutine that posts the whole response back to the loop.

// client is one ClientSession's HTTP client.
type client struct {
	c    *http.Client
	tr   *http.Transport
	loop *asyncio.Loop
}

// redirectPolicy is a request's redirect settings, carried by its context.
type redirectPolicy struct {
	follow  bool
	max     int
	tooMany bool
}

type policyKey struct{}

// clientNew is _aiohttp.client_new(limit): a new client and its handle.
func (st *modState) clientNew(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	limit := int64(100)
	if len(a) == 1 {
		if n, ok := intOf(a[0]); ok {
			limit = n
		}
	}
	loop, err := asyncio.RunningLoop(t)
	if err != nil {
		return vm.Value{}, err
	}
	tr := &http.Transport{
		Proxy:               nil,
		DialContext:         (&net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		MaxIdleConns:        int(max(limit, 100)),
		MaxIdleConnsPerHost: int(max(limit, 2)),
		MaxConnsPerHost:     int(limit),
		IdleConnTimeout:     15 * time.Second, // aiohttp's keepalive_timeout
		DisableCompression:  true,             // decoded below, as aiohttp does
	}
	c := &http.Client{Transport: tr, CheckRedirect: func(req *http.Request, via []*http.Request) error {
		p, _ := req.Context().Value(policyKey{}).(*redirectPolicy)
		if p == nil {
			return nil
		}
		if !p.follow {
			return http.ErrUseLastResponse
		}
		if p.max > 0 && len(via) >= p.max { // aiohttp stops at the max_redirects-th
			p.tooMany = true
			return http.ErrUseLastResponse
		}
		return nil
	}}
	id := st.newID()
	st.clients[id] = &client{c: c, tr: tr, loop: loop}
	return vm.Int(id), nil
}

// clientClose is _aiohttp.client_close(handle): idle connections close.
func (st *modState) clientClose(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 {
		return vm.Value{}, argError("client_close(handle)")
	}
	id, _ := intOf(a[0])
	if c, ok := st.clients[id]; ok {
		c.tr.CloseIdleConnections()
		delete(st.clients, id)
	}
	return vm.None, nil
}

// fetched is a response read whole on its goroutine, or why there is none.
type fetched struct {
	status  int
	reason  string
	major   int
	minor   int
	header  [][2]string
	body    []byte
	url     string
	history []*fetched // the redirect responses followed
	method  string     // of the last request (a 303 turns POST into GET)
	errKind string     // "", "connect", "timeout", "disconnected", "redirects", "invalid_url", "payload", "other"
	errno   int
	errMsg  string
}

// fetch is _aiohttp.fetch(handle, method, url, headers, body, timeout,
// allow_redirects, max_redirects): a future of (status, reason, version,
// headers, body, url, history) or of ("error", kind, errno, message).
func (st *modState) fetch(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if err := t.Require(vm.CapNetwork, "aiohttp request"); err != nil {
		return vm.Value{}, err
	}
	if len(a) != 8 {
		return vm.Value{}, argError("fetch(handle, method, url, headers, body, timeout, allow_redirects, max_redirects)")
	}
	id, _ := intOf(a[0])
	c, ok := st.clients[id]
	if !ok {
		return vm.Value{}, vm.Errorf(vm.RuntimeErrorType, "Session is closed")
	}
	method, ok1 := str(a[1])
	rawURL, ok2 := str(a[2])
	if !ok1 || !ok2 {
		return vm.Value{}, argError("fetch: method and url must be str")
	}
	var header http.Header
	if !a[3].IsNone() {
		h, err := headerOf(a[3])
		if err != nil {
			return vm.Value{}, err
		}
		delete(h, "Server")
		header = h
	}
	var body []byte
	if !a[4].IsNone() {
		b, ok := vm.BytesOf(a[4])
		if !ok {
			return vm.Value{}, argError("fetch: body must be bytes")
		}
		body = b
	}
	var timeout time.Duration
	if !a[5].IsNone() {
		f, err := vm.FloatArg(a[5])
		if err != nil {
			return vm.Value{}, err
		}
		timeout = time.Duration(f * float64(time.Second))
	}
	follow := isTrue(t, a[6])
	maxRedirects, _ := intOf(a[7])
	fut, err := c.loop.Go(func() (any, error) {
		return c.do(method, rawURL, header, body, timeout, &redirectPolicy{follow: follow, max: int(maxRedirects)}), nil
	}, func(t *vm.Thread, r any) (vm.Value, error) {
		return r.(*fetched).value(), nil
	})
	if err != nil {
		return vm.Value{}, err
	}
	return fut.Value(), nil
}

// do runs one request, following redirects as p says, and reads the
// whole body.
func (c *client) do(method, rawURL string, header http.Header, body []byte, timeout time.Duration, p *redirectPolicy) *fetched {
	ctx := context.WithValue(context.Background(), policyKey{}, p)
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, rawURL, rd)
	if err != nil {
		return &fetched{errKind: "invalid_url", errMsg: rawURL}
	}
	if header != nil {
		for k, v := range header {
			if strings.EqualFold(k, "Host") {
				req.Host = v[0]
				continue
			}
			req.Header[k] = v
		}
	}
	resp, err := c.c.Do(req)
	if err != nil {
		return failure(err, ctx)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return failure(err, ctx)
	}
	f := &fetched{status: resp.StatusCode, major: resp.ProtoMajor, minor: resp.ProtoMinor,
		url: resp.Request.URL.String(), method: resp.Request.Method}
	f.reason = strings.TrimSpace(strings.TrimPrefix(resp.Status, fmtStatus(resp.StatusCode)))
	if p.tooMany {
		f.errKind, f.errMsg = "redirects", resp.Request.URL.String()
		return f
	}
	for r := resp.Request.Response; r != nil; r = r.Request.Response {
		h := &fetched{status: r.StatusCode, url: r.Request.URL.String(), header: sortedHeader(r.Header)}
		h.reason = strings.TrimSpace(strings.TrimPrefix(r.Status, fmtStatus(r.StatusCode)))
		f.history = append([]*fetched{h}, f.history...)
	}
	f.header = sortedHeader(resp.Header)
	if method != http.MethodHead {
		if d, err := decode(resp.Header.Get("Content-Encoding"), data); err == nil {
			data = d
		} else {
			return &fetched{errKind: "payload", errMsg: "Can not decode content-encoding: " + resp.Header.Get("Content-Encoding")}
		}
	}
	f.body = data
	return f
}

// sortedHeader lists a header's fields by name (net/http does not keep
// their order on the wire).
func sortedHeader(h http.Header) [][2]string {
	names := make([]string, 0, len(h))
	for k := range h {
		names = append(names, k)
	}
	sort.Strings(names)
	var out [][2]string
	for _, k := range names {
		for _, v := range h[k] {
			out = append(out, [2]string{k, v})
		}
	}
	return out
}

func fmtStatus(code int) string {
	var b [3]byte
	b[0], b[1], b[2] = byte('0'+code/100%10), byte('0'+code/10%10), byte('0'+code%10)
	return string(b[:])
}

// decode undoes a gzip or deflate Content-Encoding.
func decode(enc string, data []byte) ([]byte, error) {
	var r io.ReadCloser
	var err error
	switch strings.ToLower(strings.TrimSpace(enc)) {
	case "gzip":
		r, err = gzip.NewReader(bytes.NewReader(data))
	case "deflate":
		r, err = zlib.NewReader(bytes.NewReader(data))
	default:
		return data, nil
	}
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}

// failure classifies a transport error as aiohttp's exceptions do.
func failure(err error, ctx context.Context) *fetched {
	if errors.Is(err, context.DeadlineExceeded) || ctx.Err() != nil {
		return &fetched{errKind: "timeout"}
	}
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "dial" {
		var errno syscall.Errno
		if errors.As(err, &errno) {
			return &fetched{errKind: "connect", errno: int(errno), errMsg: errno.Error()}
		}
		var dns *net.DNSError
		if errors.As(err, &dns) {
			return &fetched{errKind: "connect", errno: -2, errMsg: "Name or service not known"}
		}
		return &fetched{errKind: "connect", errMsg: op.Err.Error()}
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.ECONNRESET) {
		return &fetched{errKind: "disconnected", errMsg: "Server disconnected"}
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	return &fetched{errKind: "other", errMsg: err.Error()}
}

// value is the fetched response as the asl tuple fetch's future gives.
func (f *fetched) value() vm.Value {
	if f.errKind != "" {
		return vm.NewTuple([]vm.Value{vm.NewStr("error"), vm.NewStr(f.errKind), vm.Int(int64(f.errno)), vm.NewStr(f.errMsg)})
	}
	hist := make([]vm.Value, len(f.history))
	for i, h := range f.history {
		hist[i] = vm.NewTuple([]vm.Value{vm.Int(int64(h.status)), vm.NewStr(h.reason), headerValue(h.header), vm.NewStr(h.url)})
	}
	return vm.NewTuple([]vm.Value{
		vm.Int(int64(f.status)), vm.NewStr(f.reason),
		vm.NewTuple([]vm.Value{vm.Int(int64(f.major)), vm.Int(int64(f.minor))}),
		headerValue(f.header), vm.NewBytes(f.body), vm.NewStr(f.url), vm.NewList(hist), vm.NewStr(f.method),
	})
}

// headerValue is a header as an asl list of (name, value) tuples.
func headerValue(h [][2]string) vm.Value {
	hs := make([]vm.Value, len(h))
	for i, kv := range h {
		hs[i] = vm.NewTuple([]vm.Value{vm.NewStr(kv[0]), vm.NewStr(kv[1])})
	}
	return vm.NewList(hs)
}
