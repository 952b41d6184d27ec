# Many tasks awaiting one future wake in the order they started waiting.
import asyncio

woken = []


async def waiter(name, fut):
    woken.append(f"{name} waits")
    v = await fut
    woken.append(f"{name} got {v}")
    return v * 2


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    names = ["w3", "w1", "w2", "w0"]
    tasks = [asyncio.create_task(waiter(n, fut)) for n in names]
    await asyncio.sleep(0)
    woken.append("main sets")
    fut.set_result(5)
    woken.append("main after set")
    results = await asyncio.gather(*tasks)
    print(results)
    for w in woken:
        print(w)
    woken.clear()

    # a late waiter on a finished future continues without suspending long
    late = asyncio.create_task(waiter("late", fut))
    woken.append("main before sleep")
    await asyncio.sleep(0)
    woken.append("main after sleep")
    await late
    print(woken)

    # a future failing wakes every waiter with the error
    bad = loop.create_future()

    async def careful(name):
        try:
            await bad
        except ZeroDivisionError as e:
            return f"{name}: {e}"

    ts = [asyncio.create_task(careful(f"c{i}")) for i in range(3)]
    loop.call_later(0.01, bad.set_exception, ZeroDivisionError("shared failure"))
    print(await asyncio.gather(*ts))


asyncio.run(main())
