package asyncio

import (
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"unsafe"

	"github.com/asl-lang/asl/vm"
)

// TCP connections and servers on Go's net package: dialling and accepting
// run on goroutines, and each connection becomes a transport.

// addrTuple is a socket address as CPython shows it: (host, port) for
// IPv4, (host, port, flowinfo, scope_id) for IPv6.
func addrTuple(a net.Addr) vm.Value {
	ta, ok := a.(*net.TCPAddr)
	if !ok {
		return vm.NewStr(a.String())
	}
	if ip4 := ta.IP.To4(); ip4 != nil {
		return vm.NewTuple([]vm.Value{vm.NewStr(ip4.String()), vm.Int(int64(ta.Port))})
	}
	return vm.NewTuple([]vm.Value{vm.NewStr(ta.IP.String()), vm.Int(int64(ta.Port)), vm.Int(0), vm.Int(0)})
}

// family is the address family number of an address (AF_INET or AF_INET6).
func family(a net.Addr) int64 {
	if ta, ok := a.(*net.TCPAddr); ok && ta.IP.To4() == nil {
		return syscall.AF_INET6
	}
	return syscall.AF_INET
}

// socketObject makes the asl TransportSocket that stands for a socket.
func (st *modState) socketObject(t *vm.Thread, fam int64, sockname, peername vm.Value) (vm.Value, error) {
	return t.Call(vm.ClassValue(st.socketClass), []vm.Value{vm.Int(fam), sockname, peername}, nil)
}

// hostPort joins host (None: localhost) and port for Go's net package.
func hostPort(host, port vm.Value, dflt string) (string, error) {
	h := dflt
	if host.Kind() == vm.KStr {
		h = host.S()
	} else if !host.IsNone() {
		return "", vm.Errorf(vm.TypeErrorType, "host must be a str or None, not %s", vm.TypeName(host))
	}
	p := "0"
	switch {
	case vm.IsInt(port):
		p = strconv.FormatInt(port.I(), 10)
	case port.Kind() == vm.KStr:
		p = port.S()
	case !port.IsNone():
		return "", vm.Errorf(vm.TypeErrorType, "port must be an int, a str or None, not %s", vm.TypeName(port))
	}
	return net.JoinHostPort(h, p), nil
}

// dialError is the OSError CPython raises for a failed connect.
func dialError(err error, addr string) error {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		host, port, _ := net.SplitHostPort(addr)
		return vm.NewOSError(int(errno), fmt.Sprintf("Connect call failed ('%s', %s)", host, port))
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return vm.NewOSError(-2, "Name or service not known")
	}
	return vm.OSErrorFrom(err)
}

// connTransport makes the transport of a connected socket.
func (st *modState) connTransport(t *vm.Thread, g *goLoop, c net.Conn, proto vm.Value) (*transport, error) {
	tr, err := st.newTransport(g, proto)
	if err != nil {
		return nil, err
	}
	tr.conn, tr.r, tr.w = c, c, c
	if sc, ok := c.(syscall.Conn); ok {
		tr.raw, _ = sc.SyscallConn()
	}
	peer, local := addrTuple(c.RemoteAddr()), addrTuple(c.LocalAddr())
	sock, err := st.socketObject(t, family(c.LocalAddr()), local, peer)
	if err != nil {
		return nil, err
	}
	tr.extra = map[string]vm.Value{"peername": peer, "sockname": local, "socket": sock}
	return tr, nil
}

// connect is _asyncio.connect(loop, host, port, protocol, fut): dial on a
// goroutine; then the transport calls connection_made and fut gets the
// transport.
func (st *modState) connect(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if err := t.Require(vm.CapNetwork, "connect"); err != nil {
		return vm.Value{}, err
	}
	if len(a) != 5 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "connect(loop, host, port, protocol, fut)")
	}
	g, err := st.loopOf(t, a[0])
	if err != nil {
		return vm.Value{}, err
	}
	addr, err := hostPort(a[1], a[2], "localhost")
	if err != nil {
		return vm.Value{}, err
	}
	proto := a[3]
	fut, err := st.futureOf(a[4])
	if err != nil {
		return vm.Value{}, err
	}
	g.l.Go(func() any {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			return err
		}
		return c
	}, func(r any) {
		if err, ok := r.(error); ok {
			e, _ := vm.ExceptionValue(dialError(err, addr))
			if fut.state == pending {
				_ = fut.setException(t, e)
			}
			return
		}
		c := r.(net.Conn)
		if fut.state != pending {
			c.Close()
			return
		}
		tr, err := st.connTransport(t, g, c, proto)
		if err != nil {
			c.Close()
			e, _ := vm.ExceptionValue(err)
			_ = fut.setException(t, e)
			return
		}
		tr.start(func() {
			if fut.state == pending {
				_ = fut.setResult(t, tr.self)
			} else {
				tr.abort()
			}
		})
	})
	return vm.None, nil
}

// listener is the Go state of a listening socket (asl's _Listener).
type listener struct {
	slot   vm.Value
	ln     net.Listener
	mu     sync.Mutex
	closed bool
	on     bool // accepting
}

// listen is _asyncio.listen(host, port, backlog): bind and listen at
// once (errors are raised here, as create_server's), and return the
// listener and its TransportSocket.
func (st *modState) listen(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if err := t.Require(vm.CapNetwork, "listen"); err != nil {
		return vm.Value{}, err
	}
	if len(a) != 3 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "listen(host, port, backlog)")
	}
	all := a[0].IsNone() || (a[0].Kind() == vm.KStr && a[0].S() == "")
	addr, err := hostPort(a[0], a[1], "")
	if err != nil {
		return vm.Value{}, err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		var errno syscall.Errno
		if errors.As(err, &errno) {
			host, port, _ := net.SplitHostPort(addr)
			if host == "" {
				host = "0.0.0.0"
			}
			msg := errno.Error()
			if msg != "" {
				msg = strings.ToUpper(msg[:1]) + msg[1:]
			}
			return vm.Value{}, vm.NewOSError(int(errno), fmt.Sprintf("error while attempting to bind on address ('%s', %s): %s", host, port, msg))
		}
		return vm.Value{}, vm.OSErrorFrom(err)
	}
	fam := family(ln.Addr())
	name := addrTuple(ln.Addr())
	if all {
		// One dual-stack socket stands for CPython's IPv4 and IPv6 ones:
		// it shows as the IPv4 one.
		fam = syscall.AF_INET
		name = vm.NewTuple([]vm.Value{vm.NewStr("0.0.0.0"), vm.Int(int64(ln.Addr().(*net.TCPAddr).Port))})
	}
	sock, err := st.socketObject(t, fam, name, vm.None)
	if err != nil {
		ln.Close()
		return vm.Value{}, err
	}
	l := &listener{ln: ln}
	obj := vm.NewObject(st.listenerClass)
	vm.SetNativeIn(obj, unsafe.Pointer(l), &l.slot)
	return vm.NewTuple([]vm.Value{obj, sock}), nil
}

// listenerOf is the Go state of a _Listener.
func listenerOf(v vm.Value) (*listener, error) {
	if p := vm.Native(v); p != nil {
		return (*listener)(p), nil
	}
	return nil, vm.Errorf(vm.TypeErrorType, "not a listener")
}

// serve is _asyncio.serve(loop, listener, protocol_factory, server): accept
// connections on a goroutine; each gets a protocol from the factory and a
// transport attached to server.
func (st *modState) serve(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 4 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "serve(loop, listener, protocol_factory, server)")
	}
	g, err := st.loopOf(t, a[0])
	if err != nil {
		return vm.Value{}, err
	}
	l, err := listenerOf(a[1])
	if err != nil {
		return vm.Value{}, err
	}
	factory, server := a[2], a[3]
	l.mu.Lock()
	if l.on || l.closed {
		l.mu.Unlock()
		return vm.None, nil
	}
	l.on = true
	l.mu.Unlock()
	end := g.l.Begin() // a listening server: the virtual clock keeps real time
	go func() {
		defer end()
		for {
			c, err := l.ln.Accept()
			if err != nil {
				l.mu.Lock()
				closed := l.closed
				l.mu.Unlock()
				if closed || errors.Is(err, net.ErrClosed) {
					return
				}
				continue
			}
			g.l.Post(func() { st.accepted(t, g, l, c, factory, server) })
		}
	}()
	return vm.None, nil
}

// accepted makes the protocol and transport of an accepted connection.
func (st *modState) accepted(t *vm.Thread, g *goLoop, l *listener, c net.Conn, factory, server vm.Value) {
	l.mu.Lock()
	closed := l.closed
	l.mu.Unlock()
	if closed {
		c.Close()
		return
	}
	proto, err := t.Call(factory, nil, nil)
	if err != nil {
		c.Close()
		g.handle(t, err, vm.None)
		return
	}
	tr, err := st.connTransport(t, g, c, proto)
	if err != nil {
		c.Close()
		g.handle(t, err, vm.None)
		return
	}
	if _, err := callMethod(t, server, "_attach"); err != nil {
		c.Close()
		g.handle(t, err, vm.None)
		return
	}
	tr.server = server
	tr.start(nil)
}

// unlisten is _asyncio.unlisten(listener): stop accepting and close.
func (st *modState) unlisten(t *vm.Thread, a []vm.Value, kw *vm.Kwargs) (vm.Value, error) {
	if len(a) != 1 {
		return vm.Value{}, vm.Errorf(vm.TypeErrorType, "unlisten(listener)")
	}
	l, err := listenerOf(a[0])
	if err != nil {
		return vm.Value{}, err
	}
	l.mu.Lock()
	already := l.closed
	l.closed = true
	l.mu.Unlock()
	if !already {
		l.ln.Close()
	}
	return vm.None, nil
}
