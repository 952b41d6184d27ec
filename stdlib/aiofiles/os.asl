# aiofiles.os: the os module's file functions as coroutine functions that
# run the call on the loop's default executor (a worker thread).
import asyncio as _asyncio
import os as _os
import _aiofiles
from functools import partial as _partial, wraps as _wraps


def wrap(func):
    """func as a coroutine function run on the executor."""
    @_wraps(func)
    async def run(*args, loop=None, executor=None, **kwargs):
        if loop is None:
            loop = _asyncio.get_running_loop()
        pfunc = _partial(func, *args, **kwargs)
        return await loop.run_in_executor(executor, pfunc)
    return run


class stat_result:
    """os.stat_result where asl's os has none: st_mode ... st_ctime, and
    the ten fields by index (the times in whole seconds)."""
    __module__ = "os"
    _names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
              "st_size", "st_atime", "st_mtime", "st_ctime")

    def __init__(self, fields):
        (self.st_mode, self.st_ino, self.st_dev, self.st_nlink, self.st_uid,
         self.st_gid, self.st_size, self.st_atime_ns, self.st_mtime_ns,
         self.st_ctime_ns) = fields
        self.st_atime = self.st_atime_ns / 1e9
        self.st_mtime = self.st_mtime_ns / 1e9
        self.st_ctime = self.st_ctime_ns / 1e9
        self._t = tuple(fields[:7]) + tuple(ns // 1000000000 for ns in fields[7:])

    def __len__(self):
        return 10

    def __getitem__(self, i):
        return self._t[i]

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, other):
        return isinstance(other, stat_result) and self._t == other._t

    def __repr__(self):
        return "os.stat_result(" + ", ".join(
            "%s=%r" % (n, v) for n, v in zip(self._names, self._t)) + ")"


def _fallback(name, fn):
    """os.name when asl's os has it, else fn."""
    f = getattr(_os, name, None)
    if f is None:
        f = fn
        if not isinstance(f, type(len)):
            f.__name__ = name
    return f


def _stat(path):
    return stat_result(_aiofiles.stat(path))



def _renames(old, new):
    head = _os.path.dirname(new)
    if head and not _os.path.exists(head):
        _os.makedirs(head)
    _os.rename(old, new)
    head = _os.path.dirname(old)
    if head:
        try:
            _removedirs(head)
        except OSError:
            pass


def _removedirs(name):
    _os.rmdir(name)
    head = _os.path.dirname(name)
    while head:
        try:
            _os.rmdir(head)
        except OSError:
            break
        head = _os.path.dirname(head)


from . import ospath as path

stat = wrap(_fallback("stat", _stat))
rename = wrap(_os.rename)
renames = wrap(_fallback("renames", _renames))
replace = wrap(_fallback("replace", _aiofiles.replace))
remove = wrap(_os.remove)
unlink = wrap(_os.unlink)
mkdir = wrap(_os.mkdir)
makedirs = wrap(_os.makedirs)
rmdir = wrap(_os.rmdir)
removedirs = wrap(_fallback("removedirs", _removedirs))
link = wrap(_fallback("link", _aiofiles.link))
symlink = wrap(_fallback("symlink", _aiofiles.symlink))
readlink = wrap(_fallback("readlink", _aiofiles.readlink))
listdir = wrap(_os.listdir)
