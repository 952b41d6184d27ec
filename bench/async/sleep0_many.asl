# 1,000 tasks doing 1,000 sleep(0) each.
import asyncio


async def spin(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def main():
    tasks = [asyncio.create_task(spin(1000)) for _ in range(1000)]
    done = await asyncio.gather(*tasks)
    print(len(done), sum(done))


asyncio.run(main())
