# A failing child cancels its siblings and the group raises an ExceptionGroup.
import asyncio

log = []


async def good(name, d):
    try:
        await asyncio.sleep(d)
        log.append(f"{name} finished")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def bad(d):
    await asyncio.sleep(d)
    log.append("bad raises")
    raise ValueError("bad child")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(good("quick", 0.01))
            t2 = tg.create_task(bad(0.03))
            t3 = tg.create_task(good("slow", 0.2))
            t4 = tg.create_task(good("slower", 0.3))
    except ExceptionGroup as e:
        eg = e
        log.append(f"{type(eg).__name__}: {eg.message}")
        log.append(f"sub-exceptions: {[repr(e) for e in eg.exceptions]}")
        log.append(f"str: {eg}")
    # siblings are cancelled in no specified order: sort those lines
    print("\n".join(log[:2]))
    print(sorted(log[2:4]))
    print("\n".join(log[4:]))
    print("quick result:", t1.result())
    print("states:", t2.done(), t3.cancelled(), t4.cancelled())
    print("is Exception:", isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))


asyncio.run(main())
