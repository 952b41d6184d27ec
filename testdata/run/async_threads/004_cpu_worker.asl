import asyncio


def crunch(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


async def heartbeat(stop):
    beats = 0
    while not stop.is_set():
        beats += 1
        await asyncio.sleep(0.01)
    return beats


async def main():
    stop = asyncio.Event()
    hb = asyncio.create_task(heartbeat(stop))
    results = await asyncio.gather(*(asyncio.to_thread(crunch, 200_000 * k) for k in (1, 2, 3)))
    stop.set()
    beats = await hb
    print(results)
    print("heartbeat ran:", beats >= 1)


asyncio.run(main())
