# put_nowait/get_nowait raise QueueFull/QueueEmpty.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=3)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(str(e)))
    for i in range(3):
        q.put_nowait(i * 10)
    try:
        q.put_nowait(99)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(str(e)))
    print(q.qsize(), q.full())
    drained = []
    while True:
        try:
            drained.append(q.get_nowait())
        except asyncio.QueueEmpty:
            break
    print("drained:", drained)
    print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))

    # put_nowait wakes a waiting getter
    q2 = asyncio.Queue()
    log = []

    async def getter(name):
        v = await q2.get()
        log.append(f"{name} got {v}")

    ts = [asyncio.create_task(getter(f"g{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for v in "xyz":
        q2.put_nowait(v)
    await asyncio.gather(*ts)
    print(log)

    # get_nowait frees room for a blocked putter
    q3 = asyncio.Queue(1)
    q3.put_nowait("first")

    async def putter():
        await q3.put("second")
        log.append("putter unblocked")

    log.clear()
    p = asyncio.create_task(putter())
    await asyncio.sleep(0)
    log.append(f"took {q3.get_nowait()}")
    await p
    log.append(f"then {q3.get_nowait()}")
    print(log)


asyncio.run(main())
