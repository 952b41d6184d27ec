# Condition.wait_for(predicate): waiters resume only when their predicate holds.
import asyncio

state = {"stock": 0}
log = []


async def buyer(name, want, cond):
    async with cond:
        await cond.wait_for(lambda: state["stock"] >= want)
        state["stock"] -= want
        log.append(f"{name} bought {want}, left {state['stock']}")


async def supplier(cond, deliveries):
    for n in deliveries:
        await asyncio.sleep(0.01)
        async with cond:
            state["stock"] += n
            log.append(f"delivered {n}, stock {state['stock']}")
            cond.notify_all()


async def main():
    cond = asyncio.Condition()
    buyers = [asyncio.create_task(buyer(n, w, cond)) for n, w in [("ann", 5), ("bob", 2), ("cy", 3)]]
    await supplier(cond, [1, 1, 4, 10])
    await asyncio.gather(*buyers)
    print("\n".join(log))
    print("final stock:", state["stock"])

    async with cond:
        r = await cond.wait_for(lambda: "already true")
        print("predicate already true returns its value:", r)

    # wait_for under a timeout
    try:
        async with asyncio.timeout(0.02):
            async with cond:
                await cond.wait_for(lambda: state["stock"] > 100)
    except TimeoutError:
        print("predicate never became true; lock released:", not cond.locked())


asyncio.run(main())
