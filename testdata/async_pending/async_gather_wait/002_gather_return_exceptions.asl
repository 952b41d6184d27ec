# return_exceptions=True: exceptions are returned in place of results.
import asyncio


async def maybe(n):
    await asyncio.sleep(0.01 * (n % 3))
    if n % 4 == 0:
        raise ValueError(f"bad {n}")
    if n == 5:
        raise KeyError(n)
    return n * n


async def main():
    res = await asyncio.gather(*(maybe(n) for n in range(1, 9)), return_exceptions=True)
    for n, r in zip(range(1, 9), res):
        if isinstance(r, BaseException):
            print(n, "error", type(r).__name__, r)
        else:
            print(n, "ok", r)
    good = [r for r in res if not isinstance(r, Exception)]
    bad = [repr(r) for r in res if isinstance(r, Exception)]
    print("good:", good)
    print("bad:", bad)

    # all failing
    res = await asyncio.gather(maybe(4), maybe(8), return_exceptions=True)
    print([str(e) for e in res])

    # an exception instance is returned, not raised, even for BaseException subclasses
    async def stop():
        raise asyncio.CancelledError("manual")

    res = await asyncio.gather(stop(), maybe(1), return_exceptions=True)
    print([type(r).__name__ for r in res], res[0].args)


asyncio.run(main())
