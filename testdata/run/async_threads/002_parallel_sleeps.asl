import asyncio
import time


def work(i):
    time.sleep(0.2)
    return i * i


async def main():
    t0 = time.monotonic()
    results = await asyncio.gather(*(asyncio.to_thread(work, i) for i in range(4)))
    elapsed = time.monotonic() - t0
    print(results)
    print("parallel:", elapsed < 0.5)


asyncio.run(main())
