# asyncio.timeouts: Timeout, timeout(delay) and timeout_at(when), as CPython
# 3.11: at the deadline the task is cancelled, and the Timeout whose
# cancellation it was turns the CancelledError into a TimeoutError (whose
# __context__ is that CancelledError) when it leaves `async with`.


class _TimeoutState:
    # A state of a Timeout, with the name and value of CPython's enum.
    __module__ = 'asyncio.timeouts'
    __qualname__ = '_State'

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return f'<_State.{self.name}: {self.value!r}>'


_TIMEOUT_CREATED = _TimeoutState('CREATED', 'created')
_TIMEOUT_ENTERED = _TimeoutState('ENTERED', 'active')
_TIMEOUT_EXPIRING = _TimeoutState('EXPIRING', 'expiring')
_TIMEOUT_EXPIRED = _TimeoutState('EXPIRED', 'expired')
_TIMEOUT_EXITED = _TimeoutState('EXITED', 'finished')


class Timeout:
    """An async context manager that cancels the current task at a
    deadline of the loop's clock (None: no deadline), and raises
    TimeoutError out of the block instead of the CancelledError."""

    __module__ = 'asyncio.timeouts'

    def __init__(self, when):
        self._state = _TIMEOUT_CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        """The deadline, or None."""
        return self._when

    def reschedule(self, when):
        """Move the deadline to when (None: no deadline) while active."""
        assert self._state is not _TIMEOUT_CREATED
        if self._state is not _TIMEOUT_ENTERED:
            raise RuntimeError(f"Cannot change state of {self._state.value} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        """Whether the deadline passed while the block ran."""
        return self._state is _TIMEOUT_EXPIRING or self._state is _TIMEOUT_EXPIRED

    def __repr__(self):
        info = ['']
        if self._state is _TIMEOUT_ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info.append(f"when={when}")
        info_str = ' '.join(info)
        return f"<Timeout [{self._state.value}]{info_str}>"

    async def __aenter__(self):
        self._state = _TIMEOUT_ENTERED
        self._task = current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state is _TIMEOUT_ENTERED or self._state is _TIMEOUT_EXPIRING
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state is _TIMEOUT_EXPIRING:
            self._state = _TIMEOUT_EXPIRED
            # Only when no other cancellation is pending is the
            # CancelledError this timeout's own.
            if self._task.uncancel() == 0 and exc_type is CancelledError:
                raise TimeoutError
        elif self._state is _TIMEOUT_ENTERED:
            self._state = _TIMEOUT_EXITED
        return None

    def _on_timeout(self):
        assert self._state is _TIMEOUT_ENTERED
        self._task.cancel()
        self._state = _TIMEOUT_EXPIRING
        self._timeout_handler = None


def timeout(delay):
    """A Timeout that expires delay seconds from now (None: never)."""
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """A Timeout that expires at when, on the loop's clock (None: never)."""
    return Timeout(when)
