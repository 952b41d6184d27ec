# as_completed yields awaitables in completion order.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise LookupError(name)
    return name


async def main():
    coros = [job("c", 0.05), job("a", 0.01), job("d", 0.07), job("b", 0.03)]
    order = []
    for aw in asyncio.as_completed(coros):
        order.append(await aw)
    print(order)

    tasks = [asyncio.create_task(job(f"t{i}", 0.02 * (3 - i))) for i in range(3)]
    got = [await aw for aw in asyncio.as_completed(tasks)]
    print(got)

    results = []
    for aw in asyncio.as_completed([job("ok1", 0.01), job("bad", 0.02, fail=True), job("ok2", 0.03)]):
        try:
            results.append(await aw)
        except LookupError as e:
            results.append(f"failed {e}")
    print(results)

    # with a timeout: the awaitables still pending raise TimeoutError
    out = []
    try:
        for aw in asyncio.as_completed([job("quick", 0.01), job("slow", 0.2)], timeout=0.05):
            out.append(await aw)
    except asyncio.TimeoutError:
        out.append("timeout")
    print(out)
    print("empty:", [x for x in asyncio.as_completed([])])

    # done futures come out first
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("ready")
    seq = []
    for aw in asyncio.as_completed([job("later", 0.01), f]):
        seq.append(await aw)
    print(seq)


asyncio.run(main())
