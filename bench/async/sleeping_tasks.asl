# 100,000 tasks sleeping together (bench/async/memory.sh reads the peak
# memory of this program, per task).
import asyncio


async def nap():
    await asyncio.sleep(0.5)


async def main():
    tasks = [asyncio.create_task(nap()) for _ in range(100_000)]
    await asyncio.gather(*tasks)
    print(len(tasks))


asyncio.run(main())
