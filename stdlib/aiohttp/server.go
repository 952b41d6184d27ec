package aiohttp

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"strconv"
	"syscall"
	"time"

	"github.com/asl-lang/asl/stdlib/asyncio"
	"github.com/asl-lang/asl/vm"
)

// The server side: a net/http Server on a listener. Each request's
// handler goroutine reads the body (up to the application's
// client_max_size), posts the request to the event loop, where a task runs
// the asl side (web.Application._handle), and then writes what that task
// sends back over the request's channel (response.go).

// Limits against slow or hostile clients. The header timeout can be set
// with ASL_HTTP_HEADER_TIMEOUT (seconds) for tests.
const (
	defaultHeaderTimeout = 5 * time.Second
	idleTimeout          = 75 * time.Second // aiohttp's keepalive_timeout
	maxHeaderBytes       = 64 << 10
	shutdownGrace        = 2 * time.Second
)

// server is one started site.
type server struct {
	st       *modState
	loop     *asyncio.Loop
	handler  vm.Value // the app's _handle(request): a coroutine function
	maxBody  int64    // client_max_size
	ln       net.Listener
	srv      *http.Server
	id       int64
	shutdown chan struct{} // closed when Close has been asked
	end      func()        // ends the loop's note of outside work in flight
}

// headerTimeout is how long a client may take to send its headers.
func headerTimeout() time.Duration {
	if s := os.Getenv("ASL_HTTP_HEADER_TIMEOUT"); s != "" {
		if f, err := strconv.ParseFloat(s, 64); err == nil && f > 0 {
			return time.Duration(f * float64(time.Second))
		}
	}
	return defaultHeaderTimeout
}

// serve is _aiohttp.serve(host, port, handler, client_max_size): it
// listens on host:port (host None: every interface) and returns the
// server's handle; handler(request) makes the coroutine that answers.
func (st *modState) serve(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if err := t.Require(vm.CapNetwork, "aiohttp server"); err != nil {
		return vm.Value{}, err
	}
	if len(a) != 4 {
		return vm.Value{}, argError("serve(host, port, handler, client_max_size)")
	}
	host, ok := str(a[0])
	if !ok && !a[0].IsNone() {
		return vm.Value{}, argError("serve: host must be str or None")
	}
	if a[0].IsNone() {
		host = "0.0.0.0"
	}
	port, ok := intOf(a[1])
	if !ok {
		return vm.Value{}, argError("serve: port must be int")
	}
	maxBody, ok := intOf(a[3])
	if !ok {
		return vm.Value{}, argError("serve: client_max_size must be int")
	}
	if st.reqClass == nil {
		return vm.Value{}, vm.Errorf(vm.RuntimeErrorType, "aiohttp.web is not set up")
	}
	loop, err := asyncio.RunningLoop(t)
	if err != nil {
		return vm.Value{}, err
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(host, strconv.FormatInt(port, 10)))
	if err != nil {
		return vm.Value{}, bindError(host, port, err)
	}
	s := &server{st: st, loop: loop, handler: a[2], maxBody: maxBody, ln: ln, id: st.newID(),
		shutdown: make(chan struct{})}
	s.srv = &http.Server{
		Handler:           s,
		ReadHeaderTimeout: headerTimeout(),
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          log.New(io.Discard, "", 0),
	}
	st.servers[s.id] = s
	// A listening server waits for the outside world: the virtual clock
	// must run at real speed meanwhile, not jump to the next timer.
	s.end = loop.Begin()
	go func() { _ = s.srv.Serve(ln) }()
	return vm.Int(s.id), nil
}

// bindError is the OSError CPython's loop.create_server raises.
func bindError(host string, port int64, err error) error {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return vm.NewOSError(int(errno), fmt.Sprintf("error while attempting to bind on address ('%s', %d): %s",
			host, port, errno.Error()))
	}
	return vm.OSErrorFrom(err)
}

// serverOf finds a server by its handle.
func (st *modState) serverOf(v vm.Value) (*server, error) {
	id, _ := intOf(v)
	s, ok := st.servers[id]
	if !ok {
		return nil, vm.Errorf(vm.RuntimeErrorType, "server is closed")
	}
	return s, nil
}

// serverAddresses is _aiohttp.server_addresses(handle): the bound
// (host, port) of its listener.
func (st *modState) serverAddresses(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 {
		return vm.Value{}, argError("server_addresses(handle)")
	}
	s, err := st.serverOf(a[0])
	if err != nil {
		return vm.Value{}, err
	}
	addr, ok := s.ln.Addr().(*net.TCPAddr)
	if !ok {
		return vm.NewTuple([]vm.Value{vm.NewStr(s.ln.Addr().String()), vm.Int(0)}), nil
	}
	return vm.NewTuple([]vm.Value{vm.NewStr(addr.IP.String()), vm.Int(int64(addr.Port))}), nil
}

// serverClose is _aiohttp.server_close(handle): the listener stops, the
// connections are shut down (idle ones at once, busy ones given a short
// grace) and the returned future is done when all are closed.
func (st *modState) serverClose(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 {
		return vm.Value{}, argError("server_close(handle)")
	}
	id, _ := intOf(a[0])
	s, ok := st.servers[id]
	if !ok {
		return vm.None, nil
	}
	delete(st.servers, id)
	close(s.shutdown)
	s.end()
	fut, err := s.loop.Go(func() (any, error) {
		ctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
		defer cancel()
		if err := s.srv.Shutdown(ctx); err != nil {
			_ = s.srv.Close()
		}
		return nil, nil
	}, func(t *vm.Thread, r any) (vm.Value, error) { return vm.None, nil })
	if err != nil {
		return vm.Value{}, err
	}
	return fut.Value(), nil
}
