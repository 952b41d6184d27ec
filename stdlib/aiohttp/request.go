package aiohttp

import (
	"io"
	"net"
	"net/http"
	"sort"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/asl-lang/asl/stdlib/asyncio"
	"github.com/asl-lang/asl/vm"
)

// request is one HTTP request in flight: made by its handler goroutine,
// carried by the asl web.BaseRequest object as its Go state.
type request struct {
	s        *server
	r        *http.Request
	w        http.ResponseWriter
	body     []byte
	bodySize int64 // bytes the client announced or sent when too large
	tooLarge bool

	// What the loop hands the handler goroutine to write.
	mu      sync.Mutex
	queue   []message
	pending int           // body bytes queued and not yet written
	wake    chan struct{} // a message was queued
	waiting atomic.Bool   // the loop waits for pending to drop (drain)
	gone    atomic.Bool   // the handler goroutine has returned

	// Loop side only.
	answered bool            // respond, finish or abort was called
	started  bool            // a streamed response's headers were sent
	drain    *asyncio.Future // what a writer over the high-water mark awaits
	slot     vm.Value        // the request object's payload (vm.SetNativeIn)
}

// Flow control of streamed bodies: a write waits once more than
// highWater bytes are queued, until fewer than lowWater are.
const (
	highWater = 64 << 10
	lowWater  = 16 << 10
)

// message kinds sent from the loop to a request's handler goroutine.
const (
	msgFull  = iota // a whole response
	msgStart        // a streamed response's status and headers
	msgChunk        // a piece of a streamed response's body
	msgEOF          // a streamed response is complete
	msgAbort        // close the connection without an answer
)

// message is what the loop tells a handler goroutine to write.
type message struct {
	kind   int
	status int
	header http.Header
	body   []byte
}

// ServeHTTP runs on net/http's goroutine for the request.
func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rq := &request{s: s, r: r, w: w, wake: make(chan struct{}, 1)}
	defer rq.gone.Store(true)
	if r.Body != nil && r.ContentLength != 0 {
		limit := s.maxBody // aiohttp's check: a body of client_max_size bytes or more is refused
		if limit <= 0 {
			limit = 1<<63 - 2
		}
		body, err := io.ReadAll(io.LimitReader(r.Body, limit+1))
		if err != nil {
			return // the client went away mid-body: nobody to answer
		}
		if s.maxBody > 0 && int64(len(body)) >= s.maxBody {
			rq.tooLarge = true
			rq.bodySize = r.ContentLength
			if rq.bodySize < 0 {
				rq.bodySize = int64(len(body))
			}
			body = nil
		}
		rq.body = body
	}
	select {
	case <-s.shutdown:
		w.Header().Set("Connection", "close")
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	default:
	}
	s.loop.Post(rq.dispatch)
	rq.serve()
}

// dispatch runs on the loop: the request becomes an asl object and a task
// runs the application's handler on it.
func (rq *request) dispatch() error {
	s := rq.s
	t := s.loop.Thread()
	obj := vm.NewObject(s.st.reqClass)
	vm.SetNativeIn(obj, unsafe.Pointer(rq), &rq.slot)
	coro, err := t.Call(s.handler, []vm.Value{obj}, nil)
	if err != nil {
		rq.send(message{kind: msgAbort})
		return err
	}
	_, err = s.loop.SpawnEager(coro)
	if err != nil {
		rq.send(message{kind: msgAbort})
		return err
	}
	return nil
}

// send queues a message for the handler goroutine without blocking the
// loop; it reports false when the connection is gone.
func (rq *request) send(m message) bool {
	if rq.gone.Load() {
		return false
	}
	rq.mu.Lock()
	rq.queue = append(rq.queue, m)
	if m.kind == msgChunk {
		rq.pending += len(m.body)
	}
	rq.mu.Unlock()
	select {
	case rq.wake <- struct{}{}:
	default:
	}
	return true
}

// serve writes what the loop queues until the response is complete or the
// client goes away (the handler's task goes on, as under aiohttp 3.8; its
// answer is dropped).
func (rq *request) serve() {
	ctx := rq.r.Context()
	defer rq.s.loop.Post(rq.closed)
	for {
		select {
		case <-rq.wake:
		case <-ctx.Done():
			rq.gone.Store(true)
			return
		}
		rq.mu.Lock()
		q := rq.queue
		rq.queue = nil
		rq.mu.Unlock()
		if done := rq.write(q); done {
			return
		}
	}
}

// write writes queued messages; done is true once the response is
// complete (or cannot be written).
func (rq *request) write(q []message) (done bool) {
	w := rq.w
	streaming := false
	for _, m := range q {
		switch m.kind {
		case msgFull:
			writeHeader(w, m.header, m.status)
			_, _ = w.Write(m.body)
			return true
		case msgStart:
			writeHeader(w, m.header, m.status)
			streaming = true
		case msgChunk:
			_, err := w.Write(m.body)
			rq.mu.Lock()
			rq.pending -= len(m.body)
			rq.mu.Unlock()
			if err != nil {
				rq.gone.Store(true)
				return true
			}
			streaming = true
		case msgEOF:
			return true
		case msgAbort:
			panic(http.ErrAbortHandler)
		}
	}
	if streaming {
		if err := flush(w); err != nil {
			rq.gone.Store(true)
			return true
		}
	}
	if rq.waiting.Load() {
		rq.mu.Lock()
		low := rq.pending < lowWater
		rq.mu.Unlock()
		if low {
			rq.waiting.Store(false)
			rq.s.loop.Post(rq.drained)
		}
	}
	return false
}

// drained runs on the loop: a writer waiting for the queue to drop goes on.
func (rq *request) drained() error {
	if f := rq.drain; f != nil {
		rq.drain = nil
		f.Resolve(vm.None)
	}
	return nil
}

// closed runs on the loop once the handler goroutine has returned: a
// writer still waiting learns that the connection is gone.
func (rq *request) closed() error {
	if f := rq.drain; f != nil {
		rq.drain = nil
		f.Reject(closing())
	}
	return nil
}

func writeHeader(w http.ResponseWriter, h http.Header, status int) {
	dst := w.Header()
	for k, v := range h {
		dst[k] = v
	}
	w.WriteHeader(status)
}

func flush(w http.ResponseWriter) error {
	return http.NewResponseController(w).Flush()
}

// requestOf is the Go state of a web.BaseRequest.
func requestOf(v vm.Value) (*request, error) {
	p := vm.Native(v)
	if p == nil {
		return nil, vm.Errorf(vm.TypeErrorType, "not a request of a running server")
	}
	return (*request)(p), nil
}

// requestGetters are the _aiohttp.rq_* functions that read a request.
var requestGetters = map[string]vm.BuiltinFunc{
	"rq_method": getter(func(rq *request) vm.Value { return vm.NewStr(rq.r.Method) }),
	"rq_target": getter(func(rq *request) vm.Value { return vm.NewStr(rq.r.RequestURI) }),
	"rq_path":   getter(func(rq *request) vm.Value { return vm.NewStr(rq.r.URL.Path) }),
	"rq_query":  getter(func(rq *request) vm.Value { return vm.NewStr(rq.r.URL.RawQuery) }),
	"rq_host":   getter(func(rq *request) vm.Value { return vm.NewStr(rq.r.Host) }),
	"rq_version": getter(func(rq *request) vm.Value {
		return vm.NewTuple([]vm.Value{vm.Int(int64(rq.r.ProtoMajor)), vm.Int(int64(rq.r.ProtoMinor))})
	}),
	"rq_remote": getter(func(rq *request) vm.Value {
		host, _, err := net.SplitHostPort(rq.r.RemoteAddr)
		if err != nil {
			return vm.NewStr(rq.r.RemoteAddr)
		}
		return vm.NewStr(host)
	}),
	"rq_headers": getter(requestHeaders),
	"rq_body": getter(func(rq *request) vm.Value {
		if rq.tooLarge {
			return vm.NewTuple([]vm.Value{vm.Int(rq.s.maxBody), vm.Int(rq.bodySize)})
		}
		return vm.NewBytes(rq.body)
	}),
	"rq_can_read_body": getter(func(rq *request) vm.Value {
		return vm.Bool(rq.r.ContentLength != 0 && (rq.tooLarge || len(rq.body) > 0))
	}),
}

// getter makes a one-argument _aiohttp.rq_* function.
func getter(fn func(rq *request) vm.Value) vm.BuiltinFunc {
	return func(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
		if len(a) != 1 {
			return vm.Value{}, argError("expected a request")
		}
		rq, err := requestOf(a[0])
		if err != nil {
			return vm.Value{}, err
		}
		return fn(rq), nil
	}
}

// requestHeaders lists the request's headers as (name, value) pairs: Host
// first (net/http keeps it apart), then the others by name, since Go does
// not keep their order on the wire.
func requestHeaders(rq *request) vm.Value {
	h := rq.r.Header
	names := make([]string, 0, len(h))
	for k := range h {
		names = append(names, k)
	}
	sort.Strings(names)
	items := make([]vm.Value, 0, len(h)+1)
	if rq.r.Host != "" {
		items = append(items, vm.NewTuple([]vm.Value{vm.NewStr("Host"), vm.NewStr(rq.r.Host)}))
	}
	for _, k := range names {
		for _, v := range h[k] {
			items = append(items, vm.NewTuple([]vm.Value{vm.NewStr(k), vm.NewStr(v)}))
		}
	}
	if len(rq.r.TransferEncoding) > 0 {
		for _, te := range rq.r.TransferEncoding {
			items = append(items, vm.NewTuple([]vm.Value{vm.NewStr("Transfer-Encoding"), vm.NewStr(te)}))
		}
	}
	return vm.NewList(items)
}
