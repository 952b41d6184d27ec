# gathers inside gathers: results nest, exceptions bubble up level by level.
import asyncio


async def leaf(x):
    await asyncio.sleep(0.001 * x)
    if x == 13:
        raise ValueError("unlucky")
    return x


async def branch(xs):
    return await asyncio.gather(*(leaf(x) for x in xs))


async def tree():
    return await asyncio.gather(branch([1, 2]), branch([3]), asyncio.gather(leaf(4), leaf(5)))


async def safe_branch(xs):
    res = await asyncio.gather(*(leaf(x) for x in xs), return_exceptions=True)
    return [r if isinstance(r, int) else f"err:{r}" for r in res]


async def main():
    print(await tree())
    try:
        await asyncio.gather(branch([1, 13]), branch([2]))
    except ValueError as e:
        print("outer gather failed:", e)
    print(await asyncio.gather(safe_branch([12, 13, 14]), safe_branch([])))
    inner = asyncio.gather(leaf(1), leaf(13))
    outer = asyncio.gather(inner, leaf(2), return_exceptions=True)
    res = await outer
    print([type(r).__name__ if isinstance(r, Exception) else r for r in res])
    await asyncio.sleep(0.02)

    async def depth(n):
        if n == 0:
            return [0]
        parts = await asyncio.gather(depth(n - 1), depth(n - 1))
        return [n] + parts[0] + parts[1]

    r = await depth(3)
    print(len(r), r)


asyncio.run(main())
