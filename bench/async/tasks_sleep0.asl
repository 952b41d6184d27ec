# 100,000 tasks each awaiting sleep(0), gathered.
import asyncio


async def one(i):
    await asyncio.sleep(0)
    return i


async def main():
    results = await asyncio.gather(*[one(i) for i in range(100_000)])
    print(len(results), sum(results))


asyncio.run(main())
