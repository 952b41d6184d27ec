# aiofiles.ospath (also aiofiles.os.path): os.path's queries of the file
# system as coroutine functions run on the executor.
import os as _os
import _aiofiles
from .os import wrap


def _fallback(name, fn):
    """os.path.name when asl's os.path has it, else fn."""
    f = getattr(_os.path, name, None)
    if f is None:
        f = fn
        if not isinstance(f, type(len)):
            f.__name__ = name
    return f


def _getmtime(path):
    return _aiofiles.stat(path)[8] / 1e9


def _getatime(path):
    return _aiofiles.stat(path)[7] / 1e9


def _getctime(path):
    return _aiofiles.stat(path)[9] / 1e9


exists = wrap(_os.path.exists)
isfile = wrap(_os.path.isfile)
isdir = wrap(_os.path.isdir)
islink = wrap(_fallback("islink", _aiofiles.islink))
getsize = wrap(_os.path.getsize)
getmtime = wrap(_fallback("getmtime", _getmtime))
getatime = wrap(_fallback("getatime", _getatime))
getctime = wrap(_fallback("getctime", _getctime))
samefile = wrap(_fallback("samefile", _aiofiles.samefile))
