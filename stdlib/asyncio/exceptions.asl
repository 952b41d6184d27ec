"""asyncio for asl: CPython 3.11's asyncio API over asl's Go event loop.

This module is the asl files of stdlib/asyncio run as one source; this
first part holds the exceptions.
"""

import sys as _sys
import _asyncio

__all__ = [
    'BaseEventLoop', 'AbstractEventLoop', 'Handle', 'TimerHandle',
    'get_running_loop', 'get_event_loop', 'set_event_loop', 'new_event_loop',
    'Future', 'Task', 'create_task', 'ensure_future', 'wrap_future', 'isfuture',
    'iscoroutine', 'iscoroutinefunction', 'current_task', 'all_tasks',
    'sleep', 'gather', 'shield', 'wait', 'wait_for', 'as_completed',
    'run_coroutine_threadsafe', 'to_thread',
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'CancelledError', 'InvalidStateError', 'TimeoutError', 'SendfileNotAvailableError',
    'IncompleteReadError', 'LimitOverrunError', 'BrokenBarrierError',
    'Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore',
    'Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty',
    'Timeout', 'timeout', 'timeout_at', 'TaskGroup', 'Runner', 'run',
]


class CancelledError(BaseException):
    """The Future or Task was cancelled."""
    __module__ = 'asyncio.exceptions'


TimeoutError = TimeoutError


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""
    __module__ = 'asyncio.exceptions'


class SendfileNotAvailableError(RuntimeError):
    """Sendfile syscall is not available."""
    __module__ = 'asyncio.exceptions'


class IncompleteReadError(EOFError):
    """Incomplete read error."""
    __module__ = 'asyncio.exceptions'

    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {r_expected} expected bytes')
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    """Reached the buffer limit while looking for a separator."""
    __module__ = 'asyncio.exceptions'

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed


class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""
    __module__ = 'asyncio.exceptions'


_asyncio.setup(CancelledError, InvalidStateError)
