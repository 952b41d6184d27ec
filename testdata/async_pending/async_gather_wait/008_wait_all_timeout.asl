# wait(ALL_COMPLETED) with and without a timeout; the timeout cancels nothing.
import asyncio


async def job(n):
    await asyncio.sleep(0.02 * n)
    return n


async def main():
    ts = [asyncio.create_task(job(n)) for n in range(1, 5)]
    done, pending = await asyncio.wait(ts)
    print(sorted(t.result() for t in done), len(pending))

    ts = [asyncio.create_task(job(n)) for n in range(1, 6)]
    done, pending = await asyncio.wait(ts, timeout=0.05)
    print("within 0.05:", sorted(t.result() for t in done))
    print("pending:", len(pending), "cancelled:", [t.cancelled() for t in pending])
    done2, pending2 = await asyncio.wait(pending, timeout=1)
    print("rest:", sorted(t.result() for t in done2), len(pending2))

    # timeout=0 only reports what is already finished
    ts = [asyncio.create_task(job(0)), asyncio.create_task(job(3))]
    await asyncio.sleep(0.01)
    done, pending = await asyncio.wait(ts, timeout=0)
    print("timeout 0:", len(done), len(pending))
    for t in pending:
        t.cancel()

    # FIRST_COMPLETED with a timeout that expires first
    slow = asyncio.create_task(job(5))
    done, pending = await asyncio.wait({slow}, timeout=0.01, return_when=asyncio.FIRST_COMPLETED)
    print("expired:", len(done), len(pending), slow.done())
    slow.cancel()

    # errors in arguments
    try:
        await asyncio.wait(set())
    except ValueError as e:
        print("ValueError", e)
    try:
        await asyncio.wait([asyncio.create_task(job(0))], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError", e)
    await asyncio.sleep(0)


asyncio.run(main())
