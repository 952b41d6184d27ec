# Coroutines return values through await chains and asyncio.run.
import asyncio


async def add(a, b):
    return a + b


async def square_sum(xs):
    total = 0
    for x in xs:
        total = await add(total, x * x)
    return total


async def describe(n):
    s = await square_sum(range(n))
    return f"sum of squares below {n} is {s}"


async def nothing():
    pass


async def main():
    print(await add(2, 3))
    print(await add("ab", "cd"))
    print(await square_sum([1, 2, 3]))
    for n in (0, 1, 5, 10):
        print(await describe(n))
    r = await nothing()
    print("nothing returned", r)
    coro = add(10, 20)
    print(type(coro).__name__)
    print(asyncio.iscoroutine(coro))
    print(await coro)
    try:
        await coro
    except RuntimeError as e:
        print("RuntimeError", e)
    results = [await add(i, i) for i in range(4)]
    print(results)
    return {"done": True, "count": len(results)}


value = asyncio.run(main())
print("run returned", value)
print(asyncio.run(add(1, 1)))
print(asyncio.run(nothing()))
print(asyncio.run(describe(3)))
