# cancelling() counts pending cancel requests; uncancel() decrements the count.
import asyncio


async def resilient(log):
    rounds = 0
    while rounds < 3:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            t = asyncio.current_task()
            log.append(f"round {rounds}: cancelling={t.cancelling()}")
            left = t.uncancel()
            log.append(f"round {rounds}: uncancel -> {left}")
            rounds += 1
    return rounds


async def main():
    log = []
    t = asyncio.create_task(resilient(log))
    print("initial cancelling:", t.cancelling())
    await asyncio.sleep(0)
    for i in range(3):
        t.cancel()
        await asyncio.sleep(0)
    print("result:", await t)
    print(log)
    print("final cancelling:", t.cancelling(), "cancelled:", t.cancelled())

    u = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    u.cancel()
    u.cancel()
    u.cancel()
    print("three cancels:", u.cancelling())
    print("uncancel:", u.uncancel(), u.uncancel())
    try:
        await u
    except asyncio.CancelledError:
        print("still cancelled after uncancel:", u.cancelled(), u.cancelling())
    print("done cancel:", u.cancel(), u.cancelling())
    print("uncancel at zero ->", u.uncancel(), u.uncancel())


asyncio.run(main())
