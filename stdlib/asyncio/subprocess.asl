
# ---- subprocesses ----

PIPE = -1
STDOUT = -2
DEVNULL = -3


class _ProcHandle:
    """A child process (Go state: subprocess.go)."""


_pm_ = _asyncio.proc_methods
_asyncio.subprocess_setup(_ProcHandle)


class _WriterProtocol(FlowControlMixin):
    """The protocol of a child's stdin pipe."""

    def __init__(self, loop):
        super().__init__(loop=loop)
        self._closed = loop.create_future()

    def connection_lost(self, exc):
        if not self._closed.done():
            if exc is None:
                self._closed.set_result(None)
            else:
                self._closed.set_exception(exc)
                self._closed.exception()
        super().connection_lost(exc)

    def _get_close_waiter(self, stream):
        return self._closed


class Process:
    """A child process started by create_subprocess_exec or _shell."""
    __module__ = 'asyncio.subprocess'

    def __init__(self, handle, loop, stdin, stdout, stderr, transports):
        self._handle = handle
        self._loop = loop
        self.stdin = stdin
        self.stdout = stdout
        self.stderr = stderr
        self._transports = transports
        self.pid = _pm_.pid(handle)

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.pid}>'

    @property
    def returncode(self):
        return _pm_.returncode(self._handle)

    async def wait(self):
        """Wait for the child to exit; its return code."""
        fut = self._loop.create_future()
        _pm_.wait(self._handle, fut)
        return await fut

    def send_signal(self, signal):
        _pm_.signal(self._handle, int(signal))

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)

    async def _feed_stdin(self, input):
        self.stdin.write(input)
        try:
            await self.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.stdin.close()

    async def _noop(self):
        return None

    async def _read_stream(self, fd):
        stream = self.stdout if fd == 1 else self.stderr
        output = await stream.read()
        self._transports[fd].close()
        return output

    async def communicate(self, input=None):
        """Send input, read stdout and stderr to the end, wait for the exit."""
        if self.stdin is not None and input is not None:
            stdin = self._feed_stdin(input)
        else:
            stdin = self._noop()
        stdout = self._read_stream(1) if self.stdout is not None else self._noop()
        stderr = self._read_stream(2) if self.stderr is not None else self._noop()
        stdin, stdout, stderr = await gather(stdin, stdout, stderr)
        await self.wait()
        return (stdout, stderr)


async def _spawn(argv, stdin, stdout, stderr, limit, cwd, env):
    loop = get_running_loop()
    protos = [None, None, None]
    readers = [None, None, None]
    if stdin == PIPE:
        protos[0] = _WriterProtocol(loop)
    for i, mode in ((1, stdout), (2, stderr)):
        if mode == PIPE:
            readers[i] = StreamReader(limit=limit, loop=loop)
            protos[i] = StreamReaderProtocol(readers[i], loop=loop)
    handle, tin, tout, terr = _asyncio.spawn(loop, argv, stdin, stdout, stderr, cwd, env,
                                            tuple(protos))
    writer = None
    if tin is not None:
        writer = StreamWriter(tin, protos[0], None, loop)
    await sleep(0)
    return Process(handle, loop, writer, readers[1], readers[2], [tin, tout, terr])


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None,
                                 limit=_DEFAULT_LIMIT, cwd=None, env=None, **kwds):
    """Start program with args; a Process."""
    return await _spawn([program, *args], stdin, stdout, stderr, limit, cwd, env)


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None,
                                  limit=_DEFAULT_LIMIT, cwd=None, env=None, **kwds):
    """Run cmd with /bin/sh; a Process."""
    if not isinstance(cmd, (str, bytes)):
        raise ValueError('cmd must be a string')
    return await _spawn(['/bin/sh', '-c', cmd], stdin, stdout, stderr, limit, cwd, env)


import asyncio.subprocess as subprocess
