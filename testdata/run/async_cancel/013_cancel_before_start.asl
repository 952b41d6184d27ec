# A task cancelled before its first step never runs its body.
import asyncio

started = []


async def body(name):
    started.append(name)
    try:
        await asyncio.sleep(0)
    finally:
        started.append(f"{name} finally")
    return name


async def main():
    t = asyncio.create_task(body("early"))
    print("cancel before start:", t.cancel())
    print("done right away:", t.done())
    await asyncio.sleep(0)
    print("cancelled:", t.cancelled(), "started:", started)

    ts = [asyncio.create_task(body(f"t{i}")) for i in range(4)]
    ts[1].cancel()
    ts[3].cancel("not wanted")
    res = await asyncio.gather(*ts, return_exceptions=True)
    print([r if isinstance(r, str) else type(r).__name__ for r in res])
    print(started)
    try:
        await ts[3]
    except asyncio.CancelledError as e:
        print("message kept:", e.args)

    # cancel then uncancel before start: the body does run
    u = asyncio.create_task(body("revived"))
    u.cancel()
    u.uncancel()
    await asyncio.sleep(0)
    print("after uncancel:", u.done(), u.cancelled())
    try:
        await u
    except asyncio.CancelledError:
        print("still cancelled", started[-2:])


asyncio.run(main())
