import sys as _sys, os.path as _osp
from typing import *

__all__: list[str] = ["run"]
_cache: dict = {}
(_single) = 1
[_a, _b] = _c = (1, 2)
_x = _y = _z = None
del _x, (_y, _z)


def run(*_, **__) -> None:
    global _cache
    _cache.clear()
    if not _:
        return
    for _i in _:
        if _i is ...:
            continue
        elif _i is None:
            break
        assert _i, _i
    else:
        raise SystemExit from None
    while __:
        __.popitem()
    else:
        pass
    try:
        pass
    finally:
        pass
    with _osp as _p:
        pass
    lambda: _
    ...
