# Queue without waiting: put_nowait/get_nowait, qsize, empty, full,
# maxsize, str(), QueueEmpty and QueueFull.
import asyncio


async def main():
    q = asyncio.Queue()
    print(str(q), q.qsize(), q.empty(), q.full(), q.maxsize)
    for x in ['a', 'b', 'c']:
        q.put_nowait(x)
    print(str(q), q.qsize(), q.empty(), q.full())
    print(q.get_nowait(), q.get_nowait())
    print(str(q))
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e), str(e) == '')

    b = asyncio.Queue(maxsize=2)
    b.put_nowait(1)
    b.put_nowait([2, 3])
    print(str(b), b.full(), b.maxsize)
    try:
        b.put_nowait(4)
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))
    print(await b.get(), await b.get(), b.empty())
    await b.put('x')
    print(str(b))

    # maxsize <= 0 means unbounded.
    for m in (0, -1):
        u = asyncio.Queue(m)
        for i in range(100):
            u.put_nowait(i)
        print(m, u.qsize(), u.full())

    print(asyncio.QueueEmpty.__module__, asyncio.QueueFull.__name__)
    print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))
    print(repr(q).startswith('<Queue at 0x'), repr(q).endswith('maxsize=0 tasks=3>'))
    try:
        q.maxsize = 5
    except AttributeError:
        print('maxsize is read-only')
    print(type(q).__module__)


asyncio.run(main())
