# Event: wait, set, clear, is_set; every waiter wakes, in the order it started waiting.
import asyncio

log = []


async def waiter(name, ev):
    log.append(f"{name} waits")
    r = await ev.wait()
    log.append(f"{name} woke ({r})")


async def main():
    ev = asyncio.Event()
    print("is_set:", ev.is_set())
    tasks = [asyncio.create_task(waiter(n, ev)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0.01)
    log.append("setting")
    ev.set()
    log.append(f"is_set now {ev.is_set()}")
    await asyncio.gather(*tasks)
    print("\n".join(log))
    log.clear()

    # waiting on a set event returns at once
    print("wait on set event:", await ev.wait())
    ev.set()
    print("set twice is fine:", ev.is_set())
    ev.clear()
    print("cleared:", ev.is_set())

    # clear right after set: the current waiters were already released
    t = asyncio.create_task(waiter("late", ev))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await t
    print(log, "is_set:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        print("cleared event: wait timed out")


asyncio.run(main())
