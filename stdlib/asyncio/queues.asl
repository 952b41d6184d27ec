# asyncio.queues: Queue (FIFO), PriorityQueue (smallest first, a binary
# heap ordered as CPython's heapq orders it) and LifoQueue, with CPython
# 3.11's waking order: getters and putters wait in FIFO order and each
# put/get wakes the first one that is not done.


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""

    __module__ = 'asyncio.queues'


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""

    __module__ = 'asyncio.queues'


def _queues_sift_down(heap, startpos, pos):
    # Moves heap[pos] up towards startpos while it is smaller than its
    # parent (heapq's _siftdown).
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _queues_sift_up(heap, pos):
    # Moves the smaller child up until a leaf is reached, puts the item
    # that was at pos there and lets it bubble up again (heapq's _siftup:
    # the same comparisons, so equal priorities leave in the same order).
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _queues_sift_down(heap, startpos, pos)


def _queues_heappush(heap, item):
    heap.append(item)
    _queues_sift_down(heap, 0, len(heap) - 1)


def _queues_heappop(heap):
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _queues_sift_up(heap, 0)
        return item
    return last


_qm = _asyncio.queue_methods
_asyncio.queue_setup(QueueFull, QueueEmpty)


class Queue(_LoopBoundMixin):
    """A queue for producer and consumer coroutines.

    maxsize <= 0 means no bound; otherwise put() waits while the queue
    holds maxsize items. The state and the methods below that are not
    written here are Go (stdlib/asyncio/queue.go); subclasses that
    define _init, _get and _put keep the items themselves.
    """

    __module__ = 'asyncio.queues'

    def __init__(self, maxsize=0):
        finished = Event()
        finished.set()
        _qm._qinit(self, maxsize, finished)
        init = getattr(self, '_init', None)
        if init is not None:
            init(maxsize)

    qsize = _qm.qsize
    empty = _qm.empty
    full = _qm.full
    put = _qm.put
    put_nowait = _qm.put_nowait
    get = _qm.get
    get_nowait = _qm.get_nowait
    task_done = _qm.task_done

    @property
    def _maxsize(self):
        return _qm._qstate(self, 'maxsize')

    @property
    def _getters(self):
        return _qm._qstate(self, 'getters')

    @property
    def _putters(self):
        return _qm._qstate(self, 'putters')

    @property
    def _unfinished_tasks(self):
        return _qm._qstate(self, 'unfinished')

    @property
    def _finished(self):
        return _qm._qstate(self, 'finished')

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        items = self._queue if getattr(self, '_init', None) is not None else _qm._qstate(self, 'items')
        if items:
            result += f' _queue={list(items)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    @property
    def maxsize(self):
        """Number of items allowed in the queue."""
        return self._maxsize

    async def join(self):
        """Wait until every item put has been marked with task_done()."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """A Queue that gives the smallest entry first, as (priority, data)
    tuples usually."""

    __module__ = 'asyncio.queues'

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _queues_heappush(self._queue, item)

    def _get(self):
        return _queues_heappop(self._queue)


class LifoQueue(Queue):
    """A Queue that gives the most recently added entry first."""

    __module__ = 'asyncio.queues'

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
