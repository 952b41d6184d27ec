"""Compatibility shims."""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING

__all__ = ["loads", "dumps", "Path"]
__version__ = "0.1.0"

if TYPE_CHECKING:
    from collections.abc import Iterable
    from os import PathLike

try:
    import orjson as _json
except ImportError:  # pragma: no cover
    try:
        import ujson as _json  # type: ignore
    except ImportError:
        import json as _json

if sys.version_info >= (3, 11):
    import tomllib
elif sys.version_info >= (3, 8):
    tomllib = None
else:
    raise ImportError("python too old")

if sys.platform == "win32":
    from pathlib import WindowsPath as Path
else:
    from pathlib import PosixPath as Path


def loads(s: str | bytes):
    return _json.loads(s)


def dumps(obj, **kw) -> str:
    out = _json.dumps(obj, **kw)
    return out.decode() if isinstance(out, bytes) else out
