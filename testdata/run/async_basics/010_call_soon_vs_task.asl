# call_soon callbacks and task steps share one FIFO ready queue.
import asyncio

order = []


def cb(tag):
    order.append(f"cb {tag}")


async def task(tag):
    order.append(f"task {tag} start")
    await asyncio.sleep(0)
    order.append(f"task {tag} resumed")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 1)
    t = asyncio.create_task(task("A"))
    loop.call_soon(cb, 2)
    loop.call_soon(cb, 3)
    u = asyncio.create_task(task("B"))
    order.append("main before await")
    await asyncio.sleep(0)
    order.append("main after sleep 1")
    await asyncio.sleep(0)
    order.append("main after sleep 2")
    await t
    await u
    for line in order:
        print(line)
    order.clear()

    # a callback scheduling another call_soon goes to the back of the queue
    def chain(n):
        order.append(f"chain {n}")
        if n < 3:
            loop.call_soon(chain, n + 1)
    loop.call_soon(chain, 0)
    loop.call_soon(cb, "X")
    for _ in range(5):
        await asyncio.sleep(0)
    print(order)

    h = loop.call_soon(cb, "never")
    print(type(h).__name__, h.cancelled())
    h.cancel()
    print(h.cancelled())
    order.clear()
    await asyncio.sleep(0)
    print(order)


asyncio.run(main())
