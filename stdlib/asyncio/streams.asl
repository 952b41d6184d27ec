
# ---- protocols and transports ----

class BaseProtocol:
    """The interface of protocols: callbacks a transport calls."""
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def connection_made(self, transport):
        pass

    def connection_lost(self, exc):
        pass

    def pause_writing(self):
        pass

    def resume_writing(self):
        pass


class Protocol(BaseProtocol):
    """A stream protocol: data_received and eof_received."""
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def data_received(self, data):
        pass

    def eof_received(self):
        pass


class SubprocessProtocol(BaseProtocol):
    """A protocol for subprocess transports."""
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def pipe_data_received(self, fd, data):
        pass

    def pipe_connection_lost(self, fd, exc):
        pass

    def process_exited(self):
        pass


class BaseTransport:
    """The interface of transports."""
    __module__ = 'asyncio.transports'
    __slots__ = ('_extra',)

    def __init__(self, extra=None):
        if extra is None:
            extra = {}
        self._extra = extra

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def is_closing(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    def set_protocol(self, protocol):
        raise NotImplementedError

    def get_protocol(self):
        raise NotImplementedError


class ReadTransport(BaseTransport):
    """A transport that reads."""
    __module__ = 'asyncio.transports'
    __slots__ = ()


class WriteTransport(BaseTransport):
    """A transport that writes."""
    __module__ = 'asyncio.transports'
    __slots__ = ()

    def writelines(self, list_of_data):
        self.write(b''.join(list_of_data))


class Transport(ReadTransport, WriteTransport):
    """A transport that reads and writes."""
    __module__ = 'asyncio.transports'
    __slots__ = ()


_tm_ = _asyncio.transport_methods


class _SelectorSocketTransport(Transport):
    """A socket's transport; its state and methods are Go (transport.go)."""
    __module__ = 'asyncio.selector_events'

    write = _tm_.write
    close = _tm_.close
    abort = _tm_.abort
    is_closing = _tm_.is_closing
    write_eof = _tm_.write_eof
    can_write_eof = _tm_.can_write_eof
    pause_reading = _tm_.pause_reading
    resume_reading = _tm_.resume_reading
    is_reading = _tm_.is_reading
    get_write_buffer_size = _tm_.get_write_buffer_size
    get_write_buffer_limits = _tm_.get_write_buffer_limits
    get_protocol = _tm_.get_protocol
    set_protocol = _tm_.set_protocol

    def writelines(self, list_of_data):
        self.write(b''.join(list_of_data))

    def get_extra_info(self, name, default=None):
        return _tm_._info(self).get(name, default)

    def set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            if low is None:
                high = 64 * 1024
            else:
                high = 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError(f'high ({high!r}) must be >= low ({low!r}) must be >= 0')
        _tm_._set_limits(self, high, low)

    def __repr__(self):
        info = [type(self).__name__]
        if self.is_closing():
            info.append('closing')
        return '<{}>'.format(' '.join(info))


class TransportSocket:
    """Stands for a transport's socket: its addresses (asl has no socket
    module)."""
    __module__ = 'asyncio.trsock'

    def __init__(self, family, sockname, peername):
        self._family = family
        self._sockname = sockname
        self._peername = peername

    @property
    def family(self):
        return self._family

    @property
    def type(self):
        return 1

    @property
    def proto(self):
        return 6

    def getsockname(self):
        return self._sockname

    def getpeername(self):
        if self._peername is None:
            raise OSError(107, 'Transport endpoint is not connected')
        return self._peername

    def fileno(self):
        return -1

    def __repr__(self):
        fam = 'AddressFamily.AF_INET' if self._family == 2 else 'AddressFamily.AF_INET6'
        s = f'<asyncio.TransportSocket fd=-1, family={fam}, type=SocketKind.SOCK_STREAM, proto=6'
        s += f', laddr={self._sockname}'
        if self._peername is not None:
            s += f', raddr={self._peername}'
        return s + '>'


class _Listener:
    """A listening socket (Go state: netio.go)."""


_asyncio.streams_setup(_SelectorSocketTransport, TransportSocket, _Listener)


# ---- servers ----

class AbstractServer:
    """The interface of servers."""
    __module__ = 'asyncio.events'

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


class Server(AbstractServer):
    """A listening server, from loop.create_server or start_server."""
    __module__ = 'asyncio.base_events'

    def __init__(self, loop, listeners, sockets, protocol_factory, backlog):
        self._loop = loop
        self._listeners = listeners
        self._sockets = sockets
        self._active_count = 0
        self._waiters = []
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters = self._waiters
        self._waiters = None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(waiter)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for listener in self._listeners:
            _asyncio.serve(self._loop, listener, self._protocol_factory, self)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(self._sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for listener in self._listeners:
            _asyncio.unlisten(listener)
        self._serving = False
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()
        await sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        # As CPython 3.11: once closed, this returns at once.
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter


async def _create_connection(self, protocol_factory, host=None, port=None, *, ssl=None,
                             family=0, proto=0, flags=0, sock=None, local_addr=None,
                             server_hostname=None, ssl_handshake_timeout=None,
                             ssl_shutdown_timeout=None, happy_eyeballs_delay=None,
                             interleave=None):
    if ssl:
        raise NotImplementedError('asl has no TLS streams yet')
    if sock is not None:
        raise NotImplementedError('asl cannot take a socket object')
    if host is None and port is None:
        raise ValueError('host and port was not specified and no sock specified')
    protocol = protocol_factory()
    fut = self.create_future()
    _asyncio.connect(self, host, port, protocol, fut)
    transport = await fut
    return transport, protocol


async def _create_server(self, protocol_factory, host=None, port=None, *, family=0,
                         flags=1, sock=None, backlog=100, ssl=None, reuse_address=None,
                         reuse_port=None, ssl_handshake_timeout=None,
                         ssl_shutdown_timeout=None, start_serving=True):
    if ssl:
        raise NotImplementedError('asl has no TLS streams yet')
    if sock is not None:
        raise NotImplementedError('asl cannot take a socket object')
    if isinstance(host, (list, tuple)):
        hosts = list(host)
    else:
        hosts = [host]
    listeners = []
    sockets = []
    try:
        for h in hosts:
            listener, s = _asyncio.listen(h, port, backlog)
            listeners.append(listener)
            sockets.append(s)
    except BaseException:
        for listener in listeners:
            _asyncio.unlisten(listener)
        raise
    server = Server(self, listeners, sockets, protocol_factory, backlog)
    if start_serving:
        server._start_serving()
        await sleep(0)
    return server


BaseEventLoop.create_connection = _create_connection
BaseEventLoop.create_server = _create_server


# ---- streams ----

_DEFAULT_LIMIT = 2 ** 16

_bm_ = _asyncio.buffer_methods


class _Buffer:
    """The unread bytes of a StreamReader (Go: buffer.go)."""
    def __init__(self):
        _bm_._init(self)

    __len__ = _bm_.__len__
    extend = _bm_.extend
    find = _bm_.find
    startswith = _bm_.startswith
    take = _bm_.take
    clear = _bm_.clear

    def __bool__(self):
        return len(self) > 0


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """Connect, and return a (reader, writer) pair."""
    loop = get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
    transport, _ = await loop.create_connection(lambda: protocol, host, port, **kwds)
    writer = StreamWriter(transport, protocol, reader, loop)
    return reader, writer


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT,
                       **kwds):
    """Start a server that calls client_connected_cb(reader, writer) for
    each client."""
    loop = get_running_loop()

    def factory():
        reader = StreamReader(limit=limit, loop=loop)
        protocol = StreamReaderProtocol(reader, client_connected_cb, loop=loop)
        return protocol

    return await loop.create_server(factory, host, port, **kwds)


class FlowControlMixin(Protocol):
    """pause_writing/resume_writing for StreamWriter.drain()."""
    __module__ = 'asyncio.streams'

    def __init__(self, loop=None):
        if loop is None:
            self._loop = get_event_loop()
        else:
            self._loop = loop
        self._paused = False
        self._drain_waiters = []
        self._connection_lost = False

    def pause_writing(self):
        self._paused = True

    def resume_writing(self):
        self._paused = False
        for waiter in self._drain_waiters:
            if not waiter.done():
                waiter.set_result(None)

    def connection_lost(self, exc):
        self._connection_lost = True
        if not self._paused:
            return
        for waiter in self._drain_waiters:
            if not waiter.done():
                if exc is None:
                    waiter.set_result(None)
                else:
                    waiter.set_exception(exc)

    async def _drain_helper(self):
        if self._connection_lost:
            raise ConnectionResetError('Connection lost')
        if not self._paused:
            return
        waiter = self._loop.create_future()
        self._drain_waiters.append(waiter)
        try:
            await waiter
        finally:
            self._drain_waiters.remove(waiter)

    def _get_close_waiter(self, stream):
        raise NotImplementedError


class StreamReaderProtocol(FlowControlMixin, Protocol):
    """Adapts a StreamReader to the protocol interface."""
    __module__ = 'asyncio.streams'

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        super().__init__(loop=loop)
        self._stream_reader = stream_reader
        self._stream_writer = None
        self._task = None
        self._transport = None
        self._client_connected_cb = client_connected_cb
        self._over_ssl = False
        self._closed = self._loop.create_future()

    def connection_made(self, transport):
        self._transport = transport
        reader = self._stream_reader
        if reader is not None:
            reader.set_transport(transport)
        if self._client_connected_cb is not None:
            self._stream_writer = StreamWriter(transport, self, reader, self._loop)
            res = self._client_connected_cb(reader, self._stream_writer)
            if iscoroutine(res):
                self._task = self._loop.create_task(res)

    def connection_lost(self, exc):
        reader = self._stream_reader
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if not self._closed.done():
            if exc is None:
                self._closed.set_result(None)
            else:
                self._closed.set_exception(exc)
                self._closed.exception()
        super().connection_lost(exc)
        self._stream_reader = None
        self._stream_writer = None
        self._task = None
        self._transport = None

    def data_received(self, data):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_data(data)

    def eof_received(self):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_eof()
        return True

    def _get_close_waiter(self, stream):
        return self._closed


class StreamWriter:
    """Writes to a transport; drain() waits while its buffer is full."""
    __module__ = 'asyncio.streams'

    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop
        self._complete_fut = self._loop.create_future()
        self._complete_fut.set_result(None)

    def __repr__(self):
        info = [self.__class__.__name__, f'transport={self._transport!r}']
        if self._reader is not None:
            info.append(f'reader={self._reader!r}')
        return '<{}>'.format(' '.join(info))

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        self._transport.writelines(data)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await self._protocol._get_close_waiter(self)

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        if self._reader is not None:
            exc = self._reader.exception()
            if exc is not None:
                raise exc
        if self._transport.is_closing():
            await sleep(0)
        await self._protocol._drain_helper()


class StreamReader:
    """Buffers what a transport receives; read coroutines take from it."""
    __module__ = 'asyncio.streams'

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        if loop is None:
            self._loop = get_event_loop()
        else:
            self._loop = loop
        self._buffer = _Buffer()
        self._eof = False
        self._waiter = None
        self._exception = None
        self._transport = None
        self._paused = False

    def __repr__(self):
        info = ['StreamReader']
        if self._buffer:
            info.append(f'{len(self._buffer)} bytes')
        if self._eof:
            info.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            info.append(f'limit={self._limit}')
        if self._waiter:
            info.append(f'waiter={self._waiter!r}')
        if self._exception:
            info.append(f'exception={self._exception!r}')
        if self._transport:
            info.append(f'transport={self._transport!r}')
        if self._paused:
            info.append('paused')
        return '<{}>'.format(' '.join(info))

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_exception(exc)

    def _wakeup_waiter(self):
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_result(None)

    def set_transport(self, transport):
        if self._transport is not None:
            raise AssertionError('Transport already set')
        self._transport = transport

    def _maybe_resume_transport(self):
        if self._paused and len(self._buffer) <= self._limit:
            self._paused = False
            self._transport.resume_reading()

    def feed_eof(self):
        self._eof = True
        self._wakeup_waiter()

    def at_eof(self):
        """Whether the buffer is empty and feed_eof was called."""
        return self._eof and not self._buffer

    def feed_data(self, data):
        if self._eof:
            raise AssertionError('feed_data after feed_eof')
        if not data:
            return
        self._buffer.extend(data)
        self._wakeup_waiter()
        if (self._transport is not None and not self._paused
                and len(self._buffer) > 2 * self._limit):
            try:
                self._transport.pause_reading()
            except NotImplementedError:
                self._transport = None
            else:
                self._paused = True

    async def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError(f'{func_name}() called while another coroutine is '
                               f'already waiting for incoming data')
        if self._eof:
            raise AssertionError('_wait_for_data after EOF')
        if self._paused:
            self._paused = False
            self._transport.resume_reading()
        self._waiter = self._loop.create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    async def readline(self):
        """Read a line (ending with b'\\n', or what is left at EOF)."""
        sep = b'\n'
        try:
            line = await self.readuntil(sep)
        except IncompleteReadError as e:
            return e.partial
        except LimitOverrunError as e:
            if self._buffer.startswith(sep, e.consumed):
                self._buffer.take(e.consumed + len(sep))
            else:
                self._buffer.clear()
            self._maybe_resume_transport()
            raise ValueError(e.args[0])
        return line

    async def readuntil(self, separator=b'\n'):
        """Read up to and including separator."""
        seplen = len(separator)
        if seplen == 0:
            raise ValueError('Separator should be at least one-byte string')
        if self._exception is not None:
            raise self._exception
        offset = 0
        while True:
            buflen = len(self._buffer)
            if buflen - offset >= seplen:
                isep = self._buffer.find(separator, offset)
                if isep != -1:
                    break
                offset = buflen + 1 - seplen
                if offset > self._limit:
                    raise LimitOverrunError(
                        'Separator is not found, and chunk exceed the limit', offset)
            if self._eof:
                chunk = self._buffer.take(-1)
                raise IncompleteReadError(chunk, None)
            await self._wait_for_data('readuntil')
        if isep > self._limit:
            raise LimitOverrunError('Separator is found, but chunk is longer than limit', isep)
        chunk = self._buffer.take(isep + seplen)
        self._maybe_resume_transport()
        return chunk

    async def read(self, n=-1):
        """Read up to n bytes; all of them up to EOF when n < 0."""
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        if n < 0:
            blocks = []
            while True:
                block = await self.read(self._limit)
                if not block:
                    break
                blocks.append(block)
            return b''.join(blocks)
        if not self._buffer and not self._eof:
            await self._wait_for_data('read')
        data = self._buffer.take(n)
        self._maybe_resume_transport()
        return data

    async def readexactly(self, n):
        """Read exactly n bytes, or raise IncompleteReadError at EOF."""
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        while len(self._buffer) < n:
            if self._eof:
                incomplete = self._buffer.take(-1)
                raise IncompleteReadError(incomplete, n)
            await self._wait_for_data('readexactly')
        data = self._buffer.take(n)
        self._maybe_resume_transport()
        return data

    def __aiter__(self):
        return self

    async def __anext__(self):
        val = await self.readline()
        if val == b'':
            raise StopAsyncIteration
        return val
