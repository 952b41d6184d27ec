# shield: cancelling the waiter does not cancel the shielded work.
import asyncio

log = []


async def important(name):
    log.append(f"{name} started")
    await asyncio.sleep(0.03)
    log.append(f"{name} completed")
    return f"{name} result"


async def caller(inner_task):
    try:
        return await asyncio.shield(inner_task)
    except asyncio.CancelledError:
        log.append("caller cancelled, inner continues")
        raise


async def main():
    inner = asyncio.create_task(important("save"))
    c = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.01)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        log.append("main: caller is cancelled")
    log.append(f"inner done yet? {inner.done()}")
    log.append(f"awaiting inner: {await inner}")
    print("\n".join(log))
    log.clear()

    # shield of a coroutine wraps it into a task
    outer = asyncio.shield(important("coro"))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        log.append("outer future cancelled")
    await asyncio.sleep(0.05)
    print("\n".join(log))

    # shield of a finished result is returned directly
    f = asyncio.get_running_loop().create_future()
    f.set_result(99)
    print("shield done:", await asyncio.shield(f))
    print("shield returns same future:", asyncio.shield(f) is f)


asyncio.run(main())
