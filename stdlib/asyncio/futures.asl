
# ---- futures ----

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """Whether obj is a Future (or duck-types as one)."""
    return getattr(type(obj), '_asyncio_future_blocking', None) is not None and \
        getattr(obj, '_asyncio_future_blocking', None) is not None


_fm = _asyncio.future_methods


class Future:
    """A result that will be set later, awaitable by coroutines. Its state
    lives in Go (stdlib/asyncio/future.go); these are its methods."""
    __module__ = 'asyncio.futures'

    def __init__(self, *, loop=None):
        if loop is None:
            loop = get_event_loop()
        _asyncio.future_init(self, loop)

    done = _fm.done
    cancelled = _fm.cancelled
    result = _fm.result
    exception = _fm.exception
    add_done_callback = _fm.add_done_callback
    remove_done_callback = _fm.remove_done_callback
    set_result = _fm.set_result
    set_exception = _fm.set_exception
    cancel = _fm.cancel
    get_loop = _fm.get_loop
    __await__ = _fm.__await__
    __iter__ = _fm.__await__
    _make_cancelled_error = _fm._make_cancelled_error

    @property
    def _loop(self):
        return _fm._fstate(self, 'loop')

    @property
    def _state(self):
        return _fm._fstate(self, 'state')

    @property
    def _cancel_message(self):
        return _fm._fstate(self, 'cancel_message')

    @_cancel_message.setter
    def _cancel_message(self, value):
        _fm._fstate(self, 'cancel_message', value)

    @property
    def _asyncio_future_blocking(self):
        return _fm._fstate(self, 'blocking')

    @_asyncio_future_blocking.setter
    def _asyncio_future_blocking(self, value):
        _fm._fstate(self, 'blocking', value)

    def _repr_info(self):
        state = self._state
        info = [state.lower()]
        if state == _FINISHED:
            exc = _fm._fstate(self, 'exception')
            if exc is not None:
                info.append(f'exception={exc!r}')
            else:
                info.append(f'result={_reprlib.repr(_fm._fstate(self, "result"))}')
        cbs = _fm._fstate(self, 'callbacks')
        if cbs:
            shown = [c if type(c) is str else _format_callback_source(c) for c in cbs]
            if len(shown) > 2:
                shown = [shown[0], f'<{len(shown) - 2} more>', shown[-1]]
            info.append('cb=[' + ', '.join(shown) + ']')
        return info

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, ' '.join(self._repr_info()))


_asyncio.set_future_class(Future)


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    raise TypeError(f'concurrent.futures.Future is expected, got {future!r}')
