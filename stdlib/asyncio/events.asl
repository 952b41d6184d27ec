
# ---- events: handles, the event loop, the running loop ----

_running_loop = None
_event_loop = None


def _format_callback(cb):
    name = getattr(cb, '__qualname__', None) or getattr(cb, '__name__', None)
    return name if name else repr(cb)


def _format_callback_source(cb, args=()):
    # "f(args) at FILE:LINE" as CPython shows a callback in reprs.
    text = _format_callback(cb) + '(' + ', '.join(_reprlib.repr(a) for a in args or ()) + ')'
    site = _asyncio.func_site(cb)
    if site is not None:
        text += ' at ' + site
    return text


_hm = _asyncio.handle_methods


class Handle:
    """A callback scheduled by call_soon (its state is Go: handle.go)."""
    __module__ = 'asyncio.events'

    def __repr__(self):
        info = [type(self).__name__]
        if self.cancelled():
            info.append('cancelled')
        if isinstance(self, TimerHandle):
            info.append(f'when={self.when()}')
        cb = _hm._callback(self)
        if cb is not None:
            info.append(_format_callback_source(cb, _hm._args(self)))
        return '<' + ' '.join(info) + '>'

    cancel = _hm.cancel
    cancelled = _hm.cancelled

    def get_context(self):
        return None


class TimerHandle(Handle):
    """A callback scheduled by call_later or call_at."""
    __module__ = 'asyncio.events'

    when = _hm.when

    def __lt__(self, other):
        return self.when() < other.when()


_hm.set_classes(Handle, TimerHandle)


class AbstractEventLoop:
    """Abstract event loop."""
    __module__ = 'asyncio.events'


class BaseEventLoop(AbstractEventLoop):
    """asyncio's event loop: asl's Go scheduler under CPython's API."""
    __module__ = 'asyncio.base_events'

    def __init__(self):
        self._l = _asyncio.new_loop(self._callback_error)
        # _soon(fn, args) schedules a callback without a Handle (futures
        # and tasks use it: they never cancel what they schedule).
        self._soon = self._l.call_soon
        self._stopping = False
        self._closed = False
        self._running = False
        self._exception_handler = None
        self._asyncgens = []
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        self._debug = False
        self._task_factory = None

    def __repr__(self):
        return '<%s running=%s closed=%s debug=%s>' % (
            type(self).__name__, self.is_running(), self.is_closed(), self.get_debug())

    # -- time and callbacks --

    def time(self):
        return self._l.time()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    call_soon = _hm.call_soon

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args)

    call_at = _hm.call_at

    # -- futures and tasks --

    def create_future(self):
        return _asyncio.new_future(self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            return _asyncio.new_task(Task, coro, self, name)
        task = self._task_factory(self, coro)
        if name is not None:
            task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # -- running --

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def run_forever(self):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._running = True
        _set_running_loop(self)
        _asyncio.set_asyncgen_firstiter(self._asyncgen_firstiter_hook)
        try:
            while True:
                self._l.run_once()
                if self._stopping:
                    break
                if self._l.virtual and self._l.idle():
                    raise RuntimeError('the event loop has nothing left to run: '
                                       'every task waits for something that cannot happen')
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(None)
            _asyncio.set_asyncgen_firstiter(None)

    def run_until_complete(self, future):
        self._check_closed()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True
        self._l.stop()

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        for fut in _asyncio.unretrieved(self):
            self.call_exception_handler({
                'message': f'{type(fut).__name__} exception was never retrieved',
                'exception': _asyncio.future_methods._fstate(fut, 'exception'),
                'future': fut,
            })

    # -- async generators --

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            return
        self._asyncgens.append(agen)

    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown_called = True
        if not self._asyncgens:
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        results = await gather(*[ag.aclose() for ag in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        """Wait for the calls running on worker goroutines to end."""
        self._executor_shutdown_called = True
        fut = self.create_future()
        _asyncio.join_threads(self, fut)
        await fut

    # -- executors: the function runs on a worker goroutine --

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) on a worker goroutine; a future of its result.
        asl has one executor, the default one, whatever executor says."""
        self._check_closed()
        fut = self.create_future()
        _asyncio.run_in_thread(self, fut, func, args)
        return fut

    def set_default_executor(self, executor):
        pass

    # -- errors --

    def _callback_error(self, exc, callback):
        self.call_exception_handler({
            'message': f'Exception in callback {_format_callback(callback)}()',
            'exception': exc,
        })

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        exc = context.get('exception')
        text = '\n'.join(lines)
        if exc is not None:
            text += '\n' + _asyncio.format_exception(exc).rstrip('\n')
        print(text, file=_sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                pass
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    pass


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def _get_running_loop():
    return _running_loop


def get_running_loop():
    """Return the running event loop; raise a RuntimeError if there is none."""
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def new_event_loop():
    return BaseEventLoop()


def get_event_loop():
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None:
        _event_loop = new_event_loop()
    return _event_loop


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop
