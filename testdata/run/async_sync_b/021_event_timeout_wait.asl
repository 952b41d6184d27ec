# Waiting for an Event with a timeout, and start signals for a race.
import asyncio


async def runner(name, start, speed, finish, log):
    await start.wait()
    log.append(f"{name} started")
    await asyncio.sleep(speed)
    log.append(f"{name} arrived")
    if not finish.is_set():
        finish.set()
        return name
    return None


async def main():
    start, finish = asyncio.Event(), asyncio.Event()
    log = []
    tasks = [asyncio.create_task(runner(n, start, s, finish, log))
             for n, s in [("tortoise", 0.06), ("hare", 0.02), ("fox", 0.04)]]
    await asyncio.sleep(0.01)
    log.append("go!")
    start.set()
    await finish.wait()
    winner = [t for t in tasks if t.done() and t.result()]
    log.append(f"winner decided: {winner[0].result()}")
    results = await asyncio.gather(*tasks)
    print("\n".join(log))
    print(results)

    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.01)
    except TimeoutError:
        print("no signal within 0.01")
    asyncio.get_running_loop().call_later(0.01, ev.set)
    print("signalled:", await asyncio.wait_for(ev.wait(), timeout=0.5))


asyncio.run(main())
