# asl's aiofiles module (the aiofiles 23.x API): file objects whose
# blocking methods run on the loop's default executor, a worker thread
# (asyncio's to_thread), and come back to the loop as awaitables.
import asyncio as _asyncio
import io as _io
import sys as _sys
from functools import partial as _partial

__all__ = ["open", "tempfile", "stdin", "stdout", "stderr",
           "stdin_bytes", "stdout_bytes", "stderr_bytes"]

_sync_open = open


class AsyncBase:
    """What every wrapper shares: the file, the loop and the executor,
    and async iteration by lines."""
    __module__ = "aiofiles.base"

    def __init__(self, file, loop, executor):
        self._file = file
        self._executor = executor
        self._ref_loop = loop

    @property
    def _loop(self):
        return self._ref_loop or _asyncio.get_running_loop()

    def __aiter__(self):
        return self

    def __repr__(self):
        return object.__repr__(self) + " wrapping " + repr(self._file)

    async def __anext__(self):
        line = await self.readline()
        if line:
            return line
        raise StopAsyncIteration


class AsyncIndirectBase(AsyncBase):
    """A wrapper of a file found anew at each use (sys.stdout...)."""
    __module__ = "aiofiles.base"

    def __init__(self, name, loop, executor, indirect):
        self._indirect = indirect
        self._name = name
        AsyncBase.__init__(self, None, loop, executor)

    @property
    def _file(self):
        return self._indirect()

    @_file.setter
    def _file(self, v):
        pass


class AiofilesContextManager:
    """What aiofiles.open returns: awaitable (the file) and an async
    context manager that closes the file on the way out."""
    __module__ = "aiofiles.base"

    def __init__(self, coro):
        self._coro = coro
        self._obj = None

    def send(self, value):
        return self._coro.send(value)

    def throw(self, *args):
        return self._coro.throw(*args)

    def close(self):
        return self._coro.close()

    def __await__(self):
        # "yield from self._coro", spelled out so that it is valid in a
        # plain generator.
        coro = self._coro
        value = None
        exc = None
        while True:
            try:
                if exc is None:
                    step = coro.send(value)
                else:
                    step = coro.throw(exc)
            except StopIteration as stop:
                return stop.value
            value = None
            exc = None
            try:
                value = yield step
            except BaseException as e:
                exc = e

    async def __aenter__(self):
        self._obj = await self
        return self._obj

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        await self._obj.close()
        self._obj = None


def _delegate(name):
    """A method that runs the file's method name on the executor."""
    async def method(self, *args, **kwargs):
        cb = _partial(getattr(self._file, name), *args, **kwargs)
        return await self._loop.run_in_executor(self._executor, cb)
    method.__name__ = name
    method.__qualname__ = name
    return method


def _proxy(name):
    """A method that calls the file's method name at once."""
    def method(self, *args, **kwargs):
        return getattr(self._file, name)(*args, **kwargs)
    method.__name__ = name
    return method


def _proxy_property(name):
    def get(self):
        return getattr(self._file, name)
    return property(get)


def _build(cls, delegated, proxied, props):
    for name in props:
        setattr(cls, name, _proxy_property(name))
    for name in proxied:
        setattr(cls, name, _proxy(name))
    for name in delegated:
        setattr(cls, name, _delegate(name))
    return cls


_COMMON = ("close", "flush", "isatty", "read", "readable", "readline", "readlines",
           "seek", "seekable", "tell", "truncate", "writable", "write", "writelines")
_BUFFERED = _COMMON + ("read1", "readinto")
_RAW = _COMMON + ("readall", "readinto")
_TEXT_PROPS = ("buffer", "closed", "encoding", "errors", "line_buffering", "newlines",
               "name", "mode")


class AsyncTextIOWrapper(AsyncBase):
    """The asyncio executor version of io.TextIOWrapper."""
    __module__ = "aiofiles.threadpool.text"


class AsyncTextIndirectIOWrapper(AsyncIndirectBase):
    """The indirect asyncio executor version of io.TextIOWrapper."""
    __module__ = "aiofiles.threadpool.text"


class AsyncBufferedIOBase(AsyncBase):
    """The asyncio executor version of io.BufferedWriter and BufferedIOBase."""
    __module__ = "aiofiles.threadpool.binary"


class AsyncBufferedReader(AsyncBufferedIOBase):
    """The asyncio executor version of io.BufferedReader and Random."""
    __module__ = "aiofiles.threadpool.binary"


class AsyncFileIO(AsyncBase):
    """The asyncio executor version of io.FileIO."""
    __module__ = "aiofiles.threadpool.binary"


class AsyncIndirectBufferedIOBase(AsyncIndirectBase):
    """The indirect asyncio executor version of io.BufferedWriter and BufferedIOBase."""
    __module__ = "aiofiles.threadpool.binary"


class AsyncIndirectBufferedReader(AsyncIndirectBufferedIOBase):
    """The indirect asyncio executor version of io.BufferedReader and Random."""
    __module__ = "aiofiles.threadpool.binary"


class AsyncIndirectFileIO(AsyncIndirectBase):
    """The indirect asyncio executor version of io.FileIO."""
    __module__ = "aiofiles.threadpool.binary"


for _cls in (AsyncTextIOWrapper, AsyncTextIndirectIOWrapper):
    _build(_cls, _COMMON, ("detach", "fileno"), _TEXT_PROPS)
for _cls in (AsyncBufferedIOBase, AsyncIndirectBufferedIOBase):
    _build(_cls, _BUFFERED, ("detach", "fileno"), ("closed", "raw", "name", "mode"))
for _cls in (AsyncBufferedReader, AsyncIndirectBufferedReader):
    _build(_cls, ("peek",), (), ())
for _cls in (AsyncFileIO, AsyncIndirectFileIO):
    _build(_cls, _RAW, ("fileno",), ("closed", "name", "mode"))


def wrap(file, *, loop=None, executor=None):
    """The async wrapper of an open file, by its io class."""
    if isinstance(file, _io.TextIOBase):
        return AsyncTextIOWrapper(file, loop=loop, executor=executor)
    if isinstance(file, (_io.BufferedReader, _io.BufferedRandom)):
        return AsyncBufferedReader(file, loop=loop, executor=executor)
    if isinstance(file, _io.BufferedIOBase):
        return AsyncBufferedIOBase(file, loop=loop, executor=executor)
    if isinstance(file, _io.FileIO):
        return AsyncFileIO(file, loop=loop, executor=executor)
    raise TypeError("Unsupported io type: {}.".format(file))


async def _open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
                closefd=True, opener=None, *, loop=None, executor=None):
    if loop is None:
        loop = _asyncio.get_running_loop()
    cb = _partial(_sync_open, file, mode=mode, buffering=buffering, encoding=encoding,
                  errors=errors, newline=newline, closefd=closefd, opener=opener)
    f = await loop.run_in_executor(executor, cb)
    return wrap(f, loop=loop, executor=executor)


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None, *, loop=None, executor=None):
    """Open a file on the executor: await the result, or use it with
    async with (which closes the file)."""
    return AiofilesContextManager(_open(
        file, mode=mode, buffering=buffering, encoding=encoding, errors=errors,
        newline=newline, closefd=closefd, opener=opener, loop=loop, executor=executor))


stdin = AsyncTextIndirectIOWrapper("sys.stdin", None, None, indirect=lambda: _sys.stdin)
stdout = AsyncTextIndirectIOWrapper("sys.stdout", None, None, indirect=lambda: _sys.stdout)
stderr = AsyncTextIndirectIOWrapper("sys.stderr", None, None, indirect=lambda: _sys.stderr)
stdin_bytes = AsyncIndirectBufferedIOBase("sys.stdin.buffer", None, None,
                                          indirect=lambda: _sys.stdin.buffer)
stdout_bytes = AsyncIndirectBufferedIOBase("sys.stdout.buffer", None, None,
                                           indirect=lambda: _sys.stdout.buffer)
stderr_bytes = AsyncIndirectBufferedIOBase("sys.stderr.buffer", None, None,
                                           indirect=lambda: _sys.stderr.buffer)

import aiofiles.tempfile as tempfile
