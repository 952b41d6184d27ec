# After a child fails, gather is done; cancelling it then returns False and
# does not cancel the remaining children.
import asyncio

log = []


async def child(name, d, fail=False):
    try:
        await asyncio.sleep(d)
        if fail:
            raise ValueError(name)
        log.append(f"{name} finished")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    g = asyncio.gather(child("x", 0.01, True), child("y", 0.03), child("z", 0.05))
    try:
        await g
    except ValueError as e:
        log.append(f"gather failed with {e}")
    log.append(f"gather done: {g.done()}, cancel returns {g.cancel()}")
    await asyncio.sleep(0.07)
    print("\n".join(log))
    log.clear()

    # two failures: only the first is reported; the second is retrievable from its task
    ta = asyncio.create_task(child("a", 0.01, True))
    tb = asyncio.create_task(child("b", 0.02, True))
    try:
        await asyncio.gather(ta, tb)
    except ValueError as e:
        print("first failure:", e)
    await asyncio.sleep(0.03)
    print("second failure:", tb.exception())


asyncio.run(main())
