# gather accepts coroutines, tasks and futures; the same awaitable twice is awaited once.
import asyncio

calls = []


async def fetch(key):
    calls.append(key)
    await asyncio.sleep(0.01)
    return key.upper()


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(fetch("task"))
    fut = loop.create_future()
    loop.call_later(0.02, fut.set_result, "FUTURE")
    coro = fetch("coro")
    res = await asyncio.gather(coro, t, fut, fetch("inline"))
    print(res)
    print("calls:", calls)

    calls.clear()
    shared = fetch("shared")
    res = await asyncio.gather(shared, shared, fetch("other"), shared)
    print(res)
    print("calls:", calls)

    calls.clear()
    t2 = asyncio.create_task(fetch("twice"))
    print(await asyncio.gather(t2, t2))
    print(await asyncio.gather(t2), "calls:", calls)

    done_fut = loop.create_future()
    done_fut.set_result(7)
    print(await asyncio.gather(done_fut, asyncio.sleep(0, 8)))
    try:
        await asyncio.gather(fetch("a"), 5)
    except TypeError as e:
        print("TypeError", e)
    await asyncio.sleep(0.02)


asyncio.run(main())
