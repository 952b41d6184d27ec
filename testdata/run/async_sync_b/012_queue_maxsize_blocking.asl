# A bounded queue blocks producers; they are released in order as space appears.
import asyncio

log = []


async def producer(name, q, items):
    for it in items:
        log.append(f"{name} putting {it}")
        await q.put(it)
        log.append(f"{name} put {it}")


async def main():
    q = asyncio.Queue(maxsize=2)
    p1 = asyncio.create_task(producer("p1", q, [1, 2, 3]))
    p2 = asyncio.create_task(producer("p2", q, ["a", "b"]))
    await asyncio.sleep(0.01)
    log.append(f"queue full: {q.full()}, size {q.qsize()}")
    got = []
    while len(got) < 5:
        got.append(await q.get())
        log.append(f"consumer got {got[-1]}")
        await asyncio.sleep(0)
    await asyncio.gather(p1, p2)
    print("\n".join(log))
    print(got)

    # put with a timeout on a full queue
    q2 = asyncio.Queue(1)
    await q2.put("x")
    try:
        await asyncio.wait_for(q2.put("y"), 0.01)
    except TimeoutError:
        print("put timed out; size still", q2.qsize(), "item", q2.get_nowait())


asyncio.run(main())
