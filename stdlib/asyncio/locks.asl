# asyncio.locks: Lock, Event, Condition, Semaphore, BoundedSemaphore and
# Barrier, with CPython 3.11's semantics: waiters are futures of the running
# loop kept in FIFO order, a release wakes the first waiter that is not done,
# and a cancelled waiter hands its turn on to the next one.

from collections import deque as _deque


class _LoopBoundMixin:
    """Binds an object to the first event loop that makes it wait."""

    __module__ = 'asyncio.mixins'
    _loop = None

    def _get_loop(self):
        loop = _get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


class _ContextManagerMixin:
    """`async with` acquires on entry and releases on exit."""

    __module__ = 'asyncio.locks'

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _locks_extra(state, waiters):
    # The bracketed part of a primitive's repr: its state, then how many
    # futures wait on it when there are any.
    if waiters:
        return f'{state}, waiters:{len(waiters)}'
    return state


class Lock(_ContextManagerMixin, _LoopBoundMixin):
    """Primitive lock objects.

    A lock is either locked or unlocked; acquire() waits until it is
    unlocked and then locks it, release() unlocks it and lets the first
    waiting coroutine take it.
    """

    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        res = super().__repr__()
        extra = _locks_extra('locked' if self._locked else 'unlocked', self._waiters)
        return f'<{res[1:-1]} [{extra}]>'

    def locked(self):
        """Return True if lock is acquired."""
        return self._locked

    async def acquire(self):
        """Acquire the lock, waiting until it is unlocked; return True."""
        if not self._locked:
            free = True
            if self._waiters is not None:
                for w in self._waiters:
                    if not w.cancelled():
                        free = False
                        break
            if free:
                self._locked = True
                return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        # The waiter leaves the queue before a cancellation is handled, so
        # that waking the next one up never picks this one again.
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        """Unlock the lock and wake up the first waiter, if any.

        RuntimeError if the lock is not locked.
        """
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        # Only the first waiter is looked at: if it is done already it will
        # run soon and either take the lock or pass the turn on.
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBoundMixin):
    """An event flag: wait() blocks until set() makes the flag true."""

    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = _deque()
        self._value = False

    def __repr__(self):
        res = super().__repr__()
        extra = _locks_extra('set' if self._value else 'unset', self._waiters)
        return f'<{res[1:-1]} [{extra}]>'

    def is_set(self):
        """Return True if and only if the internal flag is true."""
        return self._value

    def set(self):
        """Set the flag and wake up every waiter."""
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        """Reset the flag to false."""
        self._value = False

    async def wait(self):
        """Wait until the flag is true, then return True."""
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, _LoopBoundMixin):
    """A condition variable over a lock (a new Lock unless one is given)."""

    __module__ = 'asyncio.locks'

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _deque()

    def __repr__(self):
        res = super().__repr__()
        extra = _locks_extra('locked' if self.locked() else 'unlocked', self._waiters)
        return f'<{res[1:-1]} [{extra}]>'

    async def wait(self):
        """Release the lock, wait for a notify, take the lock back; True.

        RuntimeError if the lock is not held.
        """
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # The lock is taken back even when the wait is cancelled; a
            # cancellation meanwhile is raised once the lock is held.
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        """Wait until predicate() is true; return its last value."""
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up at most n waiters (the lock must be held)."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        """Wake up every waiter (the lock must be held)."""
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBoundMixin):
    """A counter that acquire() decrements, waiting while it is zero, and
    release() increments."""

    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        res = super().__repr__()
        if self.locked():
            state = 'locked'
        else:
            state = f'unlocked, value:{self._value}'
        extra = _locks_extra(state, self._waiters)
        return f'<{res[1:-1]} [{extra}]>'

    def locked(self):
        """Return True if the semaphore cannot be acquired immediately."""
        if self._value == 0:
            return True
        if self._waiters:
            for w in self._waiters:
                if not w.cancelled():
                    return True
        return False

    async def acquire(self):
        """Decrement the counter, waiting while it is zero; return True."""
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            # Woken up and then cancelled: give the slot back.
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        """Increment the counter and wake up the first waiter, if any."""
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        # Hands one unit of the counter to the first waiter not done yet.
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() refuses to go above the initial value."""

    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        """As Semaphore.release; ValueError above the initial value."""
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class _BarrierState:
    # The states of a Barrier, by the names and values of CPython's enum.
    __module__ = 'asyncio.locks'

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return f'<_BarrierState.{self.name}: {self.value!r}>'


_BarrierState.FILLING = _BarrierState('FILLING', 'filling')
_BarrierState.DRAINING = _BarrierState('DRAINING', 'draining')
_BarrierState.RESETTING = _BarrierState('RESETTING', 'resetting')
_BarrierState.BROKEN = _BarrierState('BROKEN', 'broken')


class Barrier(_LoopBoundMixin):
    """Blocks tasks in wait() until `parties` of them wait, then lets them
    all go on; each gets its index 0 .. parties-1."""

    __module__ = 'asyncio.locks'

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = _BarrierState.FILLING
        self._count = 0

    def __repr__(self):
        res = super().__repr__()
        extra = f'{self._state.value}'
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<{res[1:-1]} [{extra}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Wait for the barrier to fill; return this task's index."""
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    await self._release()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        # Waits while the barrier drains or resets; broken is an error.
        await self._cond.wait_for(
            lambda: self._state is not _BarrierState.DRAINING and
            self._state is not _BarrierState.RESETTING)
        if self._state is _BarrierState.BROKEN:
            raise BrokenBarrierError("Barrier aborted")

    async def _release(self):
        self._state = _BarrierState.DRAINING
        self._cond.notify_all()

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state is not _BarrierState.FILLING)
        if self._state is _BarrierState.BROKEN or self._state is _BarrierState.RESETTING:
            raise BrokenBarrierError("Abort or reset of barrier")

    def _exit(self):
        if self._count == 0:
            if self._state is _BarrierState.RESETTING or self._state is _BarrierState.DRAINING:
                self._state = _BarrierState.FILLING
            self._cond.notify_all()

    async def reset(self):
        """Return the barrier to its initial state; waiters get
        BrokenBarrierError."""
        async with self._cond:
            if self._count > 0:
                if self._state is not _BarrierState.RESETTING:
                    self._state = _BarrierState.RESETTING
            else:
                self._state = _BarrierState.FILLING
            self._cond.notify_all()

    async def abort(self):
        """Break the barrier: waiters, now and later, get
        BrokenBarrierError."""
        async with self._cond:
            self._state = _BarrierState.BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        """The number of tasks needed to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of tasks waiting at the barrier now."""
        if self._state is _BarrierState.FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """True if the barrier is broken."""
        return self._state is _BarrierState.BROKEN
