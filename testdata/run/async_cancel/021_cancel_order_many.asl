# Cancelled tasks resume in the order they were cancelled; unstarted ones in creation order.
import asyncio

order = []


async def napper(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        order.append(name)
        raise


async def main():
    tasks = {n: asyncio.create_task(napper(n)) for n in "abcde"}
    await asyncio.sleep(0)
    for n in "dbeac":
        tasks[n].cancel()
    await asyncio.gather(*tasks.values(), return_exceptions=True)
    print("sleeping tasks:", order)
    order.clear()

    fresh = {n: asyncio.create_task(napper(n)) for n in "vwxyz"}
    for n in "zyxwv":
        fresh[n].cancel()
    await asyncio.gather(*fresh.values(), return_exceptions=True)
    print("unstarted tasks:", order, "(bodies never ran)")
    order.clear()

    # mixing: some wait on futures completed in between
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(3)]

    async def on_future(i):
        try:
            await futs[i]
            order.append(f"f{i} result")
        except asyncio.CancelledError:
            order.append(f"f{i} cancelled")

    ts = [asyncio.create_task(on_future(i)) for i in range(3)]
    await asyncio.sleep(0)
    futs[2].set_result(None)
    ts[0].cancel()
    futs[1].set_result(None)
    await asyncio.gather(*ts)
    print(order)


asyncio.run(main())
