# aiofiles.tempfile: temporary files and directories opened on the
# executor, with the async interface of aiofiles.open. asl has no tempfile
# module, so the synchronous objects (a named file deleted on close, a
# spooled file, a directory removed with its contents) are made here over
# the private Go module _aiofiles.
import asyncio as _asyncio
import io as _io
import os as _os
import _aiofiles
from functools import partial as _partial
import aiofiles as _af

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
           "TemporaryDirectory"]


class _TemporaryFileWrapper:
    """A file with the name it was made under; close() deletes it when
    delete is true (tempfile._TemporaryFileWrapper)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        _os.remove(self.name)
                    except FileNotFoundError:
                        pass


def _open_temp(mode, buffering, encoding, newline, suffix, prefix, dir, errors=None):
    path = _aiofiles.mkstemp(suffix, prefix, dir)
    try:
        return open(path, mode, buffering=buffering, encoding=encoding,
                    newline=newline, errors=errors), path
    except BaseException:
        _os.remove(path)
        raise


def _sync_named(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                prefix=None, dir=None, delete=True, errors=None):
    f, path = _open_temp(mode, buffering, encoding, newline, suffix, prefix, dir, errors)
    return _TemporaryFileWrapper(f, path, delete)


def _sync_unnamed(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, errors=None):
    f, path = _open_temp(mode, buffering, encoding, newline, suffix, prefix, dir, errors)
    _os.remove(path)
    return f


class _SpooledFile:
    """Data kept in memory until it grows past max_size, then moved to a
    temporary file (tempfile.SpooledTemporaryFile)."""

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, errors=None):
        if "b" in mode:
            self._file = _io.BytesIO()
        else:
            self._file = _io.StringIO(newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._mode = mode
        self._args = (mode, buffering, encoding, newline, suffix, prefix, dir, errors)

    def rollover(self):
        if self._rolled:
            return
        old = self._file
        new = _sync_unnamed(*self._args)
        pos = old.tell()
        new.write(old.getvalue())
        new.seek(pos, 0)
        self._file = new
        self._rolled = True

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    @property
    def closed(self):
        return self._file.closed

    @property
    def mode(self):
        return self._file.mode if self._rolled else self._mode

    @property
    def name(self):
        return self._file.name if self._rolled else None

    @property
    def encoding(self):
        if self._rolled:
            return self._file.encoding
        if "b" in self._mode:
            return None
        return self._args[2] or "UTF-8"

    @property
    def newlines(self):
        return getattr(self._file, "newlines", None)

    def __getattr__(self, name):
        return getattr(self.__dict__["_file"], name)


def _wrap(base, file, loop, executor):
    if isinstance(base, _io.TextIOBase):
        return _af.AsyncTextIOWrapper(file, loop=loop, executor=executor)
    if isinstance(base, (_io.BufferedReader, _io.BufferedRandom)):
        return _af.AsyncBufferedReader(file, loop=loop, executor=executor)
    if isinstance(base, _io.BufferedIOBase):
        return _af.AsyncBufferedIOBase(file, loop=loop, executor=executor)
    if isinstance(base, _io.FileIO):
        return _af.AsyncFileIO(file, loop=loop, executor=executor)
    raise TypeError("Unsupported IO type: {}".format(base))


async def _temporary_file(named=True, mode="w+b", buffering=-1, encoding=None, newline=None,
                          suffix=None, prefix=None, dir=None, delete=True, loop=None,
                          executor=None):
    if loop is None:
        loop = _asyncio.get_running_loop()
    if named:
        cb = _partial(_sync_named, mode=mode, buffering=buffering, encoding=encoding,
                      newline=newline, suffix=suffix, prefix=prefix, dir=dir, delete=delete)
    else:
        cb = _partial(_sync_unnamed, mode=mode, buffering=buffering, encoding=encoding,
                      newline=newline, suffix=suffix, prefix=prefix, dir=dir)
    f = await loop.run_in_executor(executor, cb)
    if isinstance(f, _TemporaryFileWrapper):
        result = _wrap(f.file, f, loop, executor)
        result.delete = f.delete
        return result
    return _wrap(f, f, loop, executor)


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, loop=None, executor=None):
    """A temporary file with a name, deleted on close unless delete is false."""
    return _af.AiofilesContextManager(_temporary_file(
        named=True, mode=mode, buffering=buffering, encoding=encoding, newline=newline,
        suffix=suffix, prefix=prefix, dir=dir, delete=delete, loop=loop, executor=executor))


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, loop=None, executor=None):
    """A temporary file whose name is removed at once."""
    return _af.AiofilesContextManager(_temporary_file(
        named=False, mode=mode, buffering=buffering, encoding=encoding, newline=newline,
        suffix=suffix, prefix=prefix, dir=dir, loop=loop, executor=executor))


class AsyncSpooledTemporaryFile(_af.AsyncBase):
    """Async wrapper of a spooled file: in-memory calls run at once, calls
    on the rolled-over file run on the executor."""
    __module__ = "aiofiles.tempfile.temptypes"

    async def _check(self):
        if self._file._rolled:
            return
        max_size = self._file._max_size
        if max_size and self._file.tell() > max_size:
            await self.rollover()

    async def write(self, s):
        if self._file._rolled:
            cb = _partial(self._file.write, s)
            return await self._loop.run_in_executor(self._executor, cb)
        rv = self._file._file.write(s)
        await self._check()
        return rv

    async def writelines(self, iterable):
        if self._file._rolled:
            cb = _partial(self._file.writelines, iterable)
            return await self._loop.run_in_executor(self._executor, cb)
        rv = self._file._file.writelines(iterable)
        await self._check()
        return rv


def _cond_delegate(name):
    async def method(self, *args, **kwargs):
        if self._file._rolled:
            cb = _partial(getattr(self._file, name), *args, **kwargs)
            return await self._loop.run_in_executor(self._executor, cb)
        return getattr(self._file, name)(*args, **kwargs)
    method.__name__ = name
    return method


_af._build(AsyncSpooledTemporaryFile, ("fileno", "rollover"), (),
           ("closed", "encoding", "mode", "name", "newlines"))
for _name in ("close", "flush", "isatty", "read", "readline", "readlines", "seek", "tell",
              "truncate"):
    setattr(AsyncSpooledTemporaryFile, _name, _cond_delegate(_name))


async def _spooled_temporary_file(max_size=0, mode="w+b", buffering=-1, encoding=None,
                                  newline=None, suffix=None, prefix=None, dir=None,
                                  loop=None, executor=None):
    if loop is None:
        loop = _asyncio.get_running_loop()
    cb = _partial(_SpooledFile, max_size=max_size, mode=mode, buffering=buffering,
                  encoding=encoding, newline=newline, suffix=suffix, prefix=prefix, dir=dir)
    f = await loop.run_in_executor(executor, cb)
    return AsyncSpooledTemporaryFile(f, loop=loop, executor=executor)


def SpooledTemporaryFile(max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None,
                         suffix=None, prefix=None, dir=None, loop=None, executor=None):
    """A file kept in memory until it grows past max_size."""
    return _af.AiofilesContextManager(_spooled_temporary_file(
        max_size=max_size, mode=mode, buffering=buffering, encoding=encoding, newline=newline,
        suffix=suffix, prefix=prefix, dir=dir, loop=loop, executor=executor))


class _SyncTemporaryDirectory:
    """A new directory, removed with its contents by cleanup()."""

    def __init__(self, suffix=None, prefix=None, dir=None):
        self.name = _aiofiles.mkdtemp(suffix, prefix, dir)
        self._done = False

    def cleanup(self):
        if not self._done:
            self._done = True
            try:
                _aiofiles.rmtree(self.name)
            except FileNotFoundError:
                pass


class AsyncTemporaryDirectory:
    """Async wrapper of a temporary directory: name, cleanup(), close()."""
    __module__ = "aiofiles.tempfile.temptypes"

    def __init__(self, file, loop, executor):
        self._file = file
        self._loop = loop
        self._executor = executor

    @property
    def name(self):
        return self._file.name

    async def cleanup(self):
        cb = self._file.cleanup
        return await self._loop.run_in_executor(self._executor, cb)

    async def close(self):
        await self.cleanup()


async def _temporary_directory(suffix=None, prefix=None, dir=None, loop=None, executor=None):
    if loop is None:
        loop = _asyncio.get_running_loop()
    cb = _partial(_SyncTemporaryDirectory, suffix, prefix, dir)
    f = await loop.run_in_executor(executor, cb)
    return AsyncTemporaryDirectory(f, loop=loop, executor=executor)


class AiofilesContextManagerTempDir(_af.AiofilesContextManager):
    """async with gives the directory's name, as tempfile's does."""
    __module__ = "aiofiles.tempfile"

    async def __aenter__(self):
        self._obj = await self._coro
        return self._obj.name


def TemporaryDirectory(suffix=None, prefix=None, dir=None, loop=None, executor=None):
    """A temporary directory, removed with its contents on exit."""
    return AiofilesContextManagerTempDir(_temporary_directory(
        suffix=suffix, prefix=prefix, dir=dir, loop=loop, executor=executor))
