import asyncio


async def ticker(interval: float):
    n = 0
    try:
        while True:
            yield n
            n += 1
            await asyncio.sleep(interval)
    except GeneratorExit:
        print("closing ticker")
        raise
    finally:
        print(f"ticker stopped at {n}")


async def take(agen, k):
    out = []
    async for item in agen:
        out.append(item)
        if len(out) >= k:
            break
    await agen.aclose()
    return out


async def echo_gen():
    value = None
    while True:
        value = yield value
        if value is None:
            return


async def main():
    print(await take(ticker(0), 3))
    g = echo_gen()
    await g.asend(None)
    print(await g.asend("hi"))
    try:
        await g.athrow(ValueError("stop"))
    except ValueError as exc:
        print("thrown:", exc)


asyncio.run(main())
