# A Semaphore bounding how many jobs run at once; jobs start in FIFO order
# as slots free up.
import asyncio

running = 0
peak = 0
events = []


async def job(sem, n, duration):
    global running, peak
    async with sem:
        running += 1
        peak = max(peak, running)
        events.append(f'start {n} (running {running})')
        await asyncio.sleep(duration)
        running -= 1
        events.append(f'end {n}')
    return n * n


async def main():
    sem = asyncio.Semaphore(3)
    durations = [0.06, 0.02, 0.10, 0.05, 0.08, 0.015, 0.03]
    results = await asyncio.gather(*(job(sem, i, d) for i, d in enumerate(durations)))
    for e in events:
        print(e)
    print('results:', results)
    print('peak:', peak, 'running:', running)
    r = repr(sem)
    print(r[r.index('['):])


asyncio.run(main())
