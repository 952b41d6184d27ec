# wait(FIRST_COMPLETED) returns as soon as one task finishes; the rest stay pending.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = {asyncio.create_task(job(n, d), name=n)
             for n, d in [("slow", 0.1), ("fast", 0.01), ("mid", 0.05)]}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.result() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    print(type(done).__name__, type(pending).__name__)
    # keep waiting until everything is done, one completion at a time
    rounds = []
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        rounds.append(sorted(t.result() for t in done))
    print("rounds:", rounds)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

    # an already finished task makes wait return without suspending for long
    t = asyncio.create_task(job("instant", 0))
    await asyncio.sleep(0.01)
    s = asyncio.create_task(job("other", 0.05))
    done, pending = await asyncio.wait([t, s], return_when=asyncio.FIRST_COMPLETED)
    print(sorted(x.result() for x in done), len(pending))
    s.cancel()

    # a failing task also counts as completed
    async def boom():
        await asyncio.sleep(0.01)
        raise OSError("boom")

    b = asyncio.create_task(boom())
    s2 = asyncio.create_task(job("s2", 0.05))
    done, pending = await asyncio.wait({b, s2}, return_when=asyncio.FIRST_COMPLETED)
    print([type(x.exception()).__name__ for x in done], len(pending))
    await s2


asyncio.run(main())
