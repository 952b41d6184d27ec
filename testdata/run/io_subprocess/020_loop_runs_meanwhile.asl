# While a process runs, the loop keeps running other tasks.
import asyncio


async def main():
    ticks = 0
    stop = asyncio.Event()

    async def ticker():
        nonlocal ticks
        while not stop.is_set():
            ticks += 1
            await asyncio.sleep(0.01)

    t = asyncio.create_task(ticker())
    proc = await asyncio.create_subprocess_exec("sleep", "0.2")
    rc = await proc.wait()
    stop.set()
    await t
    print("rc", rc)
    print("ticker ran while waiting:", ticks >= 5)

    order = []

    async def job(name, secs):
        p = await asyncio.create_subprocess_exec("sleep", secs)
        await p.wait()
        order.append(name)

    await asyncio.gather(job("slow", "0.3"), job("fast", "0.05"), job("middle", "0.15"))
    print(order)


asyncio.run(main())
