# gather of 10,000 coroutines awaiting futures resolved with call_soon,
# ten rounds.
import asyncio


async def waiter(fut):
    return await fut


async def main():
    loop = asyncio.get_running_loop()
    total = 0
    for _ in range(10):
        futs = [loop.create_future() for _ in range(10_000)]
        for i, f in enumerate(futs):
            loop.call_soon(f.set_result, i)
        total += sum(await asyncio.gather(*[waiter(f) for f in futs]))
    print(total)


asyncio.run(main())
