package aiohttp

import (
	"net/http"
	"strconv"

	"github.com/asl-lang/asl/vm"
)

// The loop's side of answering a request: web.Response sends its status,
// headers and body at once (respond); a StreamResponse sends its headers
// (start), then pieces of body (write), then its end (finish), each
// awaited until the handler goroutine has written it.

// serverHeader is what aiohttp 3.8 under CPython 3.11 sends as Server;
// asl sends the same so that programs print the same.
const serverHeader = "Python/3.11 aiohttp/3.8.4"

func isTrue(t *vm.Thread, v vm.Value) bool {
	b, err := t.Truth(v)
	return err == nil && b
}

// headerOf reads a response's headers: a list of (name, value) or
// (identity, name, value) tuples, as CIMultiDict keeps them.
func headerOf(v vm.Value) (http.Header, error) {
	h := http.Header{}
	if v.IsNone() {
		return h, nil
	}
	items, ok := vm.Seq(v)
	if !ok {
		return nil, vm.Errorf(vm.TypeErrorType, "headers must be a list of pairs")
	}
	for _, it := range items {
		kv, ok := vm.Seq(it)
		if !ok || len(kv) < 2 {
			return nil, vm.Errorf(vm.TypeErrorType, "headers must be a list of pairs")
		}
		k, v := kv[len(kv)-2], kv[len(kv)-1]
		ks, ok1 := str(k)
		vs, ok2 := str(v)
		if !ok1 || !ok2 {
			return nil, vm.Errorf(vm.TypeErrorType, "header names and values must be str")
		}
		h[ks] = append(h[ks], vs)
	}
	if _, ok := h["Server"]; !ok {
		h["Server"] = []string{serverHeader}
	}
	return h, nil
}

// answerArgs reads (request, status, headers) of respond and start.
func answerArgs(a []vm.Value) (*request, int, http.Header, error) {
	rq, err := requestOf(a[0])
	if err != nil {
		return nil, 0, nil, err
	}
	status, ok := intOf(a[1])
	if !ok || status < 100 || status > 999 {
		return nil, 0, nil, vm.Errorf(vm.ValueErrorType, "invalid status code")
	}
	h, err := headerOf(a[2])
	if err != nil {
		return nil, 0, nil, err
	}
	return rq, int(status), h, nil
}

// respond is _aiohttp.respond(request, status, headers, body): the whole
// response; it reports whether the connection was still there.
func respond(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 4 {
		return vm.Value{}, argError("respond(request, status, headers, body)")
	}
	rq, status, h, err := answerArgs(a)
	if err != nil {
		return vm.Value{}, err
	}
	body, ok := vm.BytesOf(a[3])
	if !ok && !a[3].IsNone() {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "body must be bytes")
	}
	if rq.answered {
		return vm.Value{}, vm.Errorf(vm.RuntimeErrorType, "the request has been answered")
	}
	rq.answered = true
	if rq.started { // a streamed response failed half-way: close the connection
		rq.send(message{kind: msgAbort})
		return vm.False, nil
	}
	if _, ok := h["Content-Length"]; !ok {
		h["Content-Length"] = []string{strconv.Itoa(len(body))}
	}
	return vm.Bool(rq.send(message{kind: msgFull, status: status, header: h, body: body})), nil
}

// closing is the error of a write to a connection that is gone.
func closing() error { return vm.NewOSError(104, "Cannot write to closing transport") }

// startStream is _aiohttp.start(request, status, headers): a streamed
// response's status and headers.
func startStream(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 3 {
		return vm.Value{}, argError("start(request, status, headers)")
	}
	rq, status, h, err := answerArgs(a)
	if err != nil {
		return vm.Value{}, err
	}
	if rq.started || rq.answered {
		return vm.Value{}, vm.Errorf(vm.RuntimeErrorType, "the response has been started")
	}
	rq.started = true
	if !rq.send(message{kind: msgStart, status: status, header: h}) {
		return vm.Value{}, closing()
	}
	return vm.None, nil
}

// writeStream is _aiohttp.write(request, data): a piece of a streamed
// body. It returns None, or a future to await while more than highWater
// bytes wait to be written.
func writeStream(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 2 {
		return vm.Value{}, argError("write(request, data)")
	}
	rq, err := requestOf(a[0])
	if err != nil {
		return vm.Value{}, err
	}
	b, ok := vm.BytesOf(a[1])
	if !ok {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "data argument must be byte-ish (%s)", vm.TypeName(a[1]))
	}
	if !rq.send(message{kind: msgChunk, body: b}) {
		return vm.Value{}, closing()
	}
	rq.mu.Lock()
	high := rq.pending > highWater
	rq.mu.Unlock()
	if !high {
		return vm.None, nil
	}
	if rq.drain == nil {
		f, err := rq.s.loop.NewFuture()
		if err != nil {
			return vm.Value{}, err
		}
		rq.drain = f
		rq.waiting.Store(true)
		select { // the goroutine may have drained the queue meanwhile
		case rq.wake <- struct{}{}:
		default:
		}
	}
	return rq.drain.Value(), nil
}

// finishStream is _aiohttp.finish(request): the streamed response is
// complete.
func finishStream(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	return endRequest(a, "finish(request)", msgEOF)
}

// abortRequest is _aiohttp.abort(request): the connection is closed
// without (more of) an answer.
func abortRequest(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	return endRequest(a, "abort(request)", msgAbort)
}

// endRequest ends a request's answer with a message of kind, once.
func endRequest(a []vm.Value, usage string, kind int) (vm.Value, error) {
	if len(a) != 1 {
		return vm.Value{}, argError(usage)
	}
	rq, err := requestOf(a[0])
	if err != nil {
		return vm.Value{}, err
	}
	if rq.answered {
		return vm.None, nil
	}
	rq.answered = true
	rq.send(message{kind: kind})
	return vm.None, nil
}

// reasonPhrase is _aiohttp.reason(status): the standard reason phrase.
func reasonPhrase(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 {
		return vm.Value{}, argError("reason(status)")
	}
	n, _ := intOf(a[0])
	return vm.NewStr(http.StatusText(int(n))), nil
}
