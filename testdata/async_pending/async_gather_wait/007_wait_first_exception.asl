# wait(FIRST_EXCEPTION) returns at the first failure, or when all finish without one.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


def describe(tasks):
    out = []
    for t in tasks:
        if t.exception() is not None:
            out.append(f"{t.get_name()}!{t.exception()}")
        else:
            out.append(f"{t.get_name()}={t.result()}")
    return sorted(out)


async def main():
    ts = [asyncio.create_task(job("a", 0.01), name="a"),
          asyncio.create_task(job("b", 0.03, fail=True), name="b"),
          asyncio.create_task(job("c", 0.02), name="c"),
          asyncio.create_task(job("d", 0.1), name="d")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", describe(done))
    print("pending:", sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()

    ok = [asyncio.create_task(job(n, 0.01 * i), name=n) for i, n in enumerate("xyz")]
    done, pending = await asyncio.wait(ok, return_when=asyncio.FIRST_EXCEPTION)
    print("no failure:", describe(done), len(pending))

    # a task that already failed before wait is called
    f = asyncio.create_task(job("early", 0, fail=True), name="early")
    await asyncio.sleep(0.01)
    g = asyncio.create_task(job("g", 0.05), name="g")
    done, pending = await asyncio.wait([f, g], return_when=asyncio.FIRST_EXCEPTION)
    print("early:", describe(done), sorted(t.get_name() for t in pending))
    await asyncio.sleep(0.06)


asyncio.run(main())
