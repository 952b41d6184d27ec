# gather returns results in argument order, whatever the finishing order.
import asyncio

finished = []


async def job(name, delay):
    await asyncio.sleep(delay)
    finished.append(name)
    return f"{name}:{delay}"


async def main():
    res = await asyncio.gather(job("a", 0.05), job("b", 0.01), job("c", 0.03), job("d", 0))
    print(res)
    print("finish order:", finished)
    print("empty gather:", await asyncio.gather())
    print("single:", await asyncio.gather(job("solo", 0)))
    print(type(res).__name__)
    nums = await asyncio.gather(*(job(str(i), 0.01 * (5 - i)) for i in range(5)))
    print(nums)
    finished.clear()

    async def square(x):
        await asyncio.sleep(0)
        return x * x

    squares = await asyncio.gather(*[square(x) for x in range(8)])
    print(squares, sum(squares))
    g = asyncio.gather(square(3), square(4))
    print("gather future type:", isinstance(g, asyncio.Future))
    print(await g, g.done(), g.result())
    values = await asyncio.gather(asyncio.sleep(0.01, "x"), asyncio.sleep(0, "y"))
    print(values)


asyncio.run(main())
