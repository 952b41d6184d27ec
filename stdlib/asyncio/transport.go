package asyncio

import (
	"errors"
	"io"
	"net"
	"sync"
	"syscall"
	"unsafe"

	"github.com/asl-lang/asl/vm"
)

// A transport moves bytes between a connection (a socket or a pipe) and
// a protocol, as CPython's selector transports do, on goroutines: one
// reads and posts what it got to the loop, one writes what the loop
// queued. The loop side keeps CPython's rules: connection_made first,
// data_received per chunk, eof_received, connection_lost once; write never
// blocks, pause_writing/resume_writing past the high and low water marks;
// close flushes what is queued first, abort does not.

const (
	readChunk        = 64 << 10 // the most one read hands over
	defaultHighWater = 64 << 10
)

// transport is the Go state of an asyncio transport.
type transport struct {
	slot   vm.Value
	self   vm.Value
	g      *goLoop
	proto  vm.Value
	server vm.Value // the Server to detach from when the connection is lost, or None

	conn net.Conn  // a socket, or nil for a pipe
	r    io.Reader // the read side, or nil
	w    io.Writer // the write side, or nil
	cr   io.Closer // closes the read side (of a pipe)
	cw   io.Closer // closes the write side (of a pipe), or half-closes a socket
	// raw, when set, lets write try a non-blocking send at once, as
	// CPython's transports do, before queueing what is left.
	raw   syscall.RawConn
	extra map[string]vm.Value

	// Loop side.
	closing     bool
	eof         bool // write_eof was called
	lost        bool // connection_lost was called (or is scheduled)
	readStopped bool // no more data_received (closing, or EOF seen)
	readPaused  bool
	held        [][]byte // data read while paused, delivered on resume
	heldEOF     bool
	heldErr     error
	wsize       int // bytes queued and not yet written
	high, low   int
	protoPaused bool

	// Shared with the goroutines (mu).
	mu         sync.Mutex
	cond       *sync.Cond // the reader waits here while paused
	goPaused   bool
	inflight   int // chunks posted to the loop and not yet delivered
	queue      [][]byte
	afterFlush int // what the writer does once the queue is empty: 0, flushEOF, flushClose
	writerOn   bool
	shut       bool // the connection is closed: goroutines stop
}

const (
	flushEOF = 1 << iota
	flushClose
)

// newTransport makes the transport of a connection for protocol proto.
// The caller schedules start (connection_made, then reading).
func (st *modState) newTransport(g *goLoop, proto vm.Value) (*transport, error) {
	tr := &transport{g: g, proto: proto, server: vm.None, high: defaultHighWater, low: defaultHighWater / 4}
	tr.cond = sync.NewCond(&tr.mu)
	tr.self = vm.NewObject(st.transportClass)
	vm.SetNativeIn(tr.self, unsafe.Pointer(tr), &tr.slot)
	return tr, nil
}

// start calls connection_made on the next turn, then starts reading and
// calls then (when not nil).
func (tr *transport) start(then func()) {
	g := tr.g
	g.l.Soon(func() {
		if _, err := callMethod(g.t, tr.proto, "connection_made", tr.self); err != nil {
			g.handle(g.t, err, vm.None)
			tr.forceClose(err)
			return
		}
		g.l.Soon(tr.startReading)
		if then != nil {
			g.l.Soon(then)
		}
	})
}

// startReading starts the reading goroutine, unless closed meanwhile.
func (tr *transport) startReading() {
	if tr.r == nil || tr.readStopped || tr.lost {
		return
	}
	g := tr.g
	end := g.l.Begin() // I/O in flight: the virtual clock keeps real time
	go func() {
		defer end()
		buf := make([]byte, 4<<10) // grows to readChunk once reads fill it
		for {
			n, err := tr.r.Read(buf)
			if n > 0 {
				var data []byte
				if n > readChunk/2 {
					data, buf = buf[:n:n], make([]byte, readChunk)
				} else {
					data = append([]byte(nil), buf[:n]...)
				}
				tr.mu.Lock()
				tr.inflight++
				tr.mu.Unlock()
				g.l.Post(func() { tr.delivered(); tr.received(data) })
			}
			if err != nil {
				g.l.Post(func() { tr.readEnded(err) })
				return
			}
			if n == len(buf) && len(buf) < readChunk {
				buf = make([]byte, readChunk)
			}
			tr.mu.Lock()
			// Paused, or the loop is behind: read no further for now.
			for (tr.goPaused || tr.inflight >= maxInflight) && !tr.shut {
				tr.cond.Wait()
			}
			shut := tr.shut
			tr.mu.Unlock()
			if shut {
				return
			}
		}
	}()
}

// maxInflight is how many chunks a reader posts before the loop has taken
// them: the goroutine reads ahead a little, never without bound.
const maxInflight = 2

// delivered notes that the loop took a posted chunk.
func (tr *transport) delivered() {
	tr.mu.Lock()
	tr.inflight--
	tr.cond.Broadcast()
	tr.mu.Unlock()
}

// received hands a chunk to the protocol.
func (tr *transport) received(data []byte) {
	if tr.readStopped || tr.lost {
		return
	}
	if tr.readPaused || len(tr.held) > 0 {
		tr.held = append(tr.held, data) // in order, after what is held
		return
	}
	if _, err := callMethod(tr.g.t, tr.proto, "data_received", vm.NewBytes(data)); err != nil {
		tr.fatal(err)
	}
}

// readEnded is the end of the read side: EOF, or an error.
func (tr *transport) readEnded(err error) {
	if tr.readStopped || tr.lost {
		return
	}
	if tr.readPaused || len(tr.held) > 0 {
		tr.heldEOF, tr.heldErr = true, err
		return
	}
	if !errors.Is(err, io.EOF) {
		if tr.closing {
			return
		}
		tr.forceClose(vm.OSErrorFrom(err))
		return
	}
	tr.readStopped = true
	keep, err := callMethod(tr.g.t, tr.proto, "eof_received")
	if err != nil {
		tr.fatal(err)
		return
	}
	if b, _ := tr.g.t.Truth(keep); !b {
		tr.close()
	}
}

// pauseReading stops data_received until resumeReading.
func (tr *transport) pauseReading() {
	if tr.closing || tr.readPaused {
		return
	}
	tr.readPaused = true
	tr.mu.Lock()
	tr.goPaused = true
	tr.mu.Unlock()
}

// resumeReading lets the reader go on; what was held back is delivered
// on the next turn, as a selector loop would read it then.
func (tr *transport) resumeReading() {
	if tr.closing || !tr.readPaused {
		return
	}
	tr.readPaused = false
	tr.mu.Lock()
	tr.goPaused = false
	tr.cond.Broadcast()
	tr.mu.Unlock()
	if len(tr.held) > 0 || tr.heldEOF {
		tr.g.l.Soon(tr.deliverHeld)
	}
}

// deliverHeld hands over what arrived while reading was paused, unless
// reading was paused again meanwhile.
func (tr *transport) deliverHeld() {
	for len(tr.held) > 0 && !tr.readPaused && !tr.readStopped {
		d := tr.held[0]
		tr.held = tr.held[1:]
		if _, err := callMethod(tr.g.t, tr.proto, "data_received", vm.NewBytes(d)); err != nil {
			tr.fatal(err)
			return
		}
	}
	if len(tr.held) == 0 {
		tr.held = nil
		if tr.heldEOF && !tr.readPaused {
			tr.heldEOF = false
			tr.readEnded(tr.heldErr)
		}
	}
}

// write queues data for the writing goroutine.
func (tr *transport) write(data []byte) error {
	if tr.eof {
		return vm.Errorf(vm.RuntimeErrorType, "Cannot call write() after write_eof()")
	}
	if len(data) == 0 || tr.closing || tr.lost {
		return nil
	}
	if tr.w == nil {
		return vm.Errorf(vm.RuntimeErrorType, "transport is not writable")
	}
	if tr.wsize == 0 && tr.raw != nil {
		n, err := tr.trySend(data)
		if err != nil {
			tr.forceClose(vm.OSErrorFrom(err))
			return nil
		}
		if n == len(data) {
			return nil
		}
		data = data[n:]
	}
	tr.wsize += len(data)
	tr.mu.Lock()
	tr.queue = append(tr.queue, data) // bytes are immutable: no copy
	tr.mu.Unlock()
	tr.kickWriter()
	if tr.wsize > tr.high && !tr.protoPaused {
		tr.protoPaused = true
		if _, err := callMethod(tr.g.t, tr.proto, "pause_writing"); err != nil {
			tr.g.handle(tr.g.t, err, vm.None)
		}
	}
	return nil
}

// trySend writes what the socket or pipe takes without blocking (Go's
// descriptors are non-blocking): the number of bytes sent, or an error
// other than "would block".
func (tr *transport) trySend(data []byte) (int, error) {
	n := 0
	var err error
	cerr := tr.raw.Write(func(fd uintptr) bool {
		for n < len(data) {
			var k int
			k, err = syscall.Write(int(fd), data[n:])
			if k > 0 {
				n += k
			}
			if err == syscall.EINTR {
				continue
			}
			if err != nil || k <= 0 {
				break
			}
		}
		return true // never wait: what is left goes to the writing goroutine
	})
	if err == syscall.EAGAIN {
		err = nil
	}
	if err == nil {
		err = cerr
	}
	return n, err
}

// kickWriter starts the writing goroutine when it is not running.
func (tr *transport) kickWriter() {
	tr.mu.Lock()
	if tr.writerOn {
		tr.mu.Unlock()
		return
	}
	tr.writerOn = true
	tr.mu.Unlock()
	g := tr.g
	go func() {
		for {
			tr.mu.Lock()
			q := tr.queue
			tr.queue = nil
			after := tr.afterFlush
			if len(q) == 0 {
				tr.writerOn = false
				tr.afterFlush = 0
				tr.mu.Unlock()
				if after != 0 {
					_ = tr.finishWrites(after) // a failed close or half-close leaves nothing to report
					g.l.Post(func() { tr.flushed(after) })
				}
				return
			}
			tr.mu.Unlock()
			n := 0
			var err error
			for _, chunk := range q {
				var k int
				k, err = tr.w.Write(chunk)
				n += k
				if err != nil {
					break
				}
			}
			g.l.Post(func() { tr.wrote(n, err) })
			if err != nil {
				tr.mu.Lock()
				tr.writerOn = false
				tr.queue = nil
				tr.mu.Unlock()
				return
			}
		}
	}()
}

// finishWrites half-closes or closes the connection once the queue is
// written (on the writing goroutine).
func (tr *transport) finishWrites(after int) error {
	if after&flushClose != 0 {
		return tr.shutdown()
	}
	if tr.cw != nil {
		return tr.cw.Close()
	}
	if c, ok := tr.conn.(interface{ CloseWrite() error }); ok {
		return c.CloseWrite()
	}
	return nil
}

// wrote accounts for bytes written, resuming the protocol below the low
// water mark; a write error ends the connection.
func (tr *transport) wrote(n int, err error) {
	tr.wsize -= n
	if err != nil {
		tr.wsize = 0
		if !tr.lost {
			tr.forceClose(vm.OSErrorFrom(err))
		}
		return
	}
	if tr.protoPaused && tr.wsize <= tr.low {
		tr.protoPaused = false
		if _, err := callMethod(tr.g.t, tr.proto, "resume_writing"); err != nil {
			tr.g.handle(tr.g.t, err, vm.None)
		}
	}
}

// flushed runs on the loop once a close or write_eof waiting for the
// queue has happened.
func (tr *transport) flushed(after int) {
	if after&flushClose != 0 {
		tr.connectionLost(nil)
	}
}

// writeEOF half-closes the write side once the queue is written.
func (tr *transport) writeEOF() {
	if tr.closing || tr.eof {
		return
	}
	tr.eof = true
	tr.mu.Lock()
	tr.afterFlush |= flushEOF
	tr.mu.Unlock()
	tr.kickWriter()
}

// close flushes the queue, then closes the connection and calls
// connection_lost(None).
func (tr *transport) close() {
	if tr.closing {
		return
	}
	tr.closing = true
	tr.readStopped = true
	if tr.wsize == 0 {
		_ = tr.shutdown()
		tr.g.l.Soon(func() { tr.connectionLost(nil) })
		return
	}
	tr.mu.Lock()
	tr.afterFlush |= flushClose
	tr.mu.Unlock()
	tr.kickWriter()
}

// abort closes at once, dropping what is queued.
func (tr *transport) abort() { tr.forceClose(nil) }

// forceClose closes at once and calls connection_lost(exc) soon.
func (tr *transport) forceClose(exc error) {
	if tr.lost {
		return
	}
	tr.closing, tr.readStopped = true, true
	tr.wsize = 0
	tr.mu.Lock()
	tr.queue = nil
	tr.mu.Unlock()
	_ = tr.shutdown()
	tr.lost = true
	tr.g.l.Soon(func() { tr.callLost(exc) })
}

// fatal is an error in the protocol's callbacks: reported, then the
// connection is closed.
func (tr *transport) fatal(err error) {
	tr.g.handle(tr.g.t, err, vm.None)
	tr.forceClose(nil)
}

// shutdown closes the connection (both sides) and stops the goroutines.
func (tr *transport) shutdown() error {
	tr.mu.Lock()
	if tr.shut {
		tr.mu.Unlock()
		return nil
	}
	tr.shut = true
	tr.cond.Broadcast()
	tr.mu.Unlock()
	var err error
	if tr.conn != nil {
		err = tr.conn.Close()
	}
	if tr.cr != nil {
		_ = tr.cr.Close()
	}
	if tr.cw != nil {
		_ = tr.cw.Close()
	}
	return err
}

// connectionLost calls connection_lost once.
func (tr *transport) connectionLost(exc error) {
	if tr.lost {
		return
	}
	tr.lost = true
	tr.callLost(exc)
}

// callLost calls the protocol's connection_lost and detaches from the
// server.
func (tr *transport) callLost(exc error) {
	t := tr.g.t
	arg := vm.None
	if exc != nil {
		if e, ok := vm.ExceptionValue(exc); ok {
			arg = e
		}
	}
	if _, err := callMethod(t, tr.proto, "connection_lost", arg); err != nil {
		tr.g.handle(t, err, vm.None)
	}
	if !tr.server.IsNone() {
		if _, err := callMethod(t, tr.server, "_detach"); err != nil {
			tr.g.handle(t, err, vm.None)
		}
		tr.server = vm.None
	}
	tr.proto = vm.None
}
