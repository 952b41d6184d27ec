import asyncio
import time

events = []


def slow():
    time.sleep(0.3)
    events.append("thread done")
    return "slow result"


async def ticker():
    for i in range(3):
        events.append(f"tick {i}")
        await asyncio.sleep(0.05)


async def main():
    r, _ = await asyncio.gather(asyncio.to_thread(slow), ticker())
    print(r)
    for e in events:
        print(e)


asyncio.run(main())
