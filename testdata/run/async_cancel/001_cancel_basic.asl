# Cancelling a sleeping task raises CancelledError at its await point.
import asyncio

log = []


async def sleeper(name):
    log.append(f"{name} start")
    try:
        await asyncio.sleep(1)
        log.append(f"{name} woke normally")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled at sleep")
        raise
    finally:
        log.append(f"{name} finally")


async def main():
    t = asyncio.create_task(sleeper("t"))
    await asyncio.sleep(0)
    print("before cancel:", t.done(), t.cancelled())
    print("cancel() returned", t.cancel())
    print("right after cancel:", t.done(), t.cancelled())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting raised CancelledError")
    print("after:", t.done(), t.cancelled())
    for meth in ("result", "exception"):
        try:
            getattr(t, meth)()
        except asyncio.CancelledError:
            print(meth, "raises CancelledError")
    print(log)
    print("cancel again:", t.cancel())
    # CancelledError is not caught by except Exception
    u = asyncio.create_task(sleeper("u"))
    await asyncio.sleep(0)
    u.cancel()
    try:
        try:
            await u
        except Exception:
            print("wrong: caught as Exception")
    except BaseException as e:
        print("caught as BaseException:", type(e).__name__)
    print(log[-3:])


asyncio.run(main())
