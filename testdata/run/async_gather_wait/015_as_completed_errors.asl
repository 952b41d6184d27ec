# Processing results as they complete, with errors and an early exit.
import asyncio

started = []


async def download(url, delay, size):
    started.append(url)
    await asyncio.sleep(delay)
    if size < 0:
        raise IOError(f"{url}: broken")
    return url, size


async def main():
    specs = [("u1", 0.06, 100), ("u2", 0.01, -1), ("u3", 0.03, 300), ("u4", 0.09, 50)]
    total = 0
    errors = []
    for aw in asyncio.as_completed([download(*s) for s in specs]):
        try:
            url, size = await aw
            total += size
            print("got", url, size, "running total", total)
        except OSError as e:
            errors.append(str(e))
            print("error", e)
    print("total", total, "errors", errors)
    print("started", sorted(started))

    # stop at the first result over a threshold; the rest are left running
    tasks = [asyncio.create_task(download(f"v{i}", 0.02 * (4 - i), 100 * i)) for i in range(4)]
    first_big = None
    for aw in asyncio.as_completed(tasks):
        url, size = await aw
        if size >= 200:
            first_big = url
            break
    print("first big:", first_big)
    print("still running:", sorted(t.result()[0] if t.done() else "pending" for t in tasks))
    await asyncio.gather(*tasks)


asyncio.run(main())
