"""asyncio for asl: CPython 3.11's asyncio API over asl's Go event loop.

This module is the asl files of stdlib/asyncio run as one source; this
first part holds the exceptions.
"""

import sys as _sys
import _asyncio
import reprlib as _reprlib

# CPython 3.11's __all__ (in its order), less what asl does not have yet
# (streams, subprocesses, policies, child watchers).
__all__ = [
    'BaseEventLoop', 'iscoroutinefunction', 'iscoroutine', 'AbstractEventLoop', 'Handle',
    'TimerHandle', 'get_event_loop', 'set_event_loop', 'new_event_loop',
    '_set_running_loop', 'get_running_loop', '_get_running_loop', 'BrokenBarrierError',
    'CancelledError', 'InvalidStateError', 'TimeoutError', 'IncompleteReadError',
    'LimitOverrunError', 'SendfileNotAvailableError', 'Future', 'wrap_future', 'isfuture',
    'Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier', 'Runner',
    'run', 'Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty', 'Task',
    'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'wait',
    'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
    'run_coroutine_threadsafe', 'current_task', 'all_tasks', 'to_thread', 'Timeout',
    'timeout', 'timeout_at', 'BaseProtocol', 'Protocol', 'SubprocessProtocol',
    'BaseTransport', 'ReadTransport', 'WriteTransport', 'Transport', 'AbstractServer',
    'Server', 'StreamReader', 'StreamWriter', 'StreamReaderProtocol', 'open_connection',
    'start_server',
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
