# asend delivers values into an async generator.
import asyncio


async def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            continue
        await asyncio.sleep(0)
        total += x


async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    finally:
        print("echo finally, received", received)


async def main():
    acc = accumulator()
    print(await acc.asend(None))
    for v in (5, 10, -3):
        print("after", v, "->", await acc.asend(v))
    print("anext sends None:", await anext(acc))
    await acc.aclose()

    fresh = accumulator()
    try:
        await fresh.asend(1)
    except TypeError as e:
        print("TypeError", e)

    e = echo()
    print(await e.asend(None))
    print(await e.asend("a"))
    print(await e.asend("b"))
    await e.aclose()
    try:
        await e.asend("c")
    except StopAsyncIteration:
        print("asend on closed generator: StopAsyncIteration")

    aw = acc.asend(1)
    print(type(aw).__name__ != "coroutine", hasattr(aw, "__await__"))
    try:
        await aw
    except StopAsyncIteration:
        print("closed accumulator")


asyncio.run(main())
