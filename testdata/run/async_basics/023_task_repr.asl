import asyncio


def show(x):
    print(repr(x).replace(__file__, "FILE"))


async def f():
    await asyncio.sleep(0.01)
    return 1


async def g():
    raise ValueError("bad")


async def main():
    t = asyncio.create_task(f(), name="worker")
    show(t)
    await asyncio.sleep(0)
    show(t)
    await t
    show(t)
    u = asyncio.create_task(g())
    await asyncio.sleep(0)
    show(u)
    print(repr(u.exception()))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    w = asyncio.create_task(asyncio.wait_for(fut, 1))
    await asyncio.sleep(0)
    print(fut.done())
    fut.set_result(5)
    print(await w, fut)
    show(loop.call_soon(show, 1))
    h = loop.call_soon(print, "x" * 40, [1, 2])
    show(h)
    h.cancel()
    show(h)
    c = asyncio.create_task(f())
    await asyncio.sleep(0)
    c.cancel()
    show(c)
    try:
        await c
    except asyncio.CancelledError:
        pass
    show(c)


asyncio.run(main())
