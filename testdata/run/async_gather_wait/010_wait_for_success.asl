# wait_for returns the result when the work finishes in time.
import asyncio


async def compute(x, delay):
    await asyncio.sleep(delay)
    return x * 3


async def main():
    print(await asyncio.wait_for(compute(1, 0.01), timeout=0.5))
    print(await asyncio.wait_for(compute(2, 0), timeout=0.05))
    print(await asyncio.wait_for(compute(3, 0.02), None))
    t = asyncio.create_task(compute(4, 0.01))
    print(await asyncio.wait_for(t, 1), t.done())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "future value")
    print(await asyncio.wait_for(fut, 1))
    done = loop.create_future()
    done.set_result("already")
    print(await asyncio.wait_for(done, 0))
    results = await asyncio.gather(*(asyncio.wait_for(compute(i, 0.01 * i), 0.5) for i in range(4)))
    print(results)
    print(asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
