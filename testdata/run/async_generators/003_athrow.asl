# athrow raises an exception inside the async generator at its yield.
import asyncio


class Reset(Exception):
    pass


async def counter():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except Reset:
            print("  counter reset")
            n = 0


async def fragile():
    try:
        yield 1
        yield 2
    finally:
        print("  fragile finally")


async def main():
    c = counter()
    print(await anext(c), await anext(c), await anext(c))
    print("athrow returns next value:", await c.athrow(Reset()))
    print(await anext(c))
    await c.aclose()

    f = fragile()
    print(await anext(f))
    try:
        await f.athrow(ValueError("boom"))
    except ValueError as e:
        print("propagated:", e)
    try:
        await anext(f)
    except StopAsyncIteration:
        print("finished after the error")

    # athrow on a generator that has not started: it never runs its body
    g = fragile()
    try:
        await g.athrow(KeyError("early"))
    except KeyError as e:
        print("early athrow:", repr(e))
    print(await anext(g, "exhausted"))

    # athrow with a class instead of an instance
    c2 = counter()
    await anext(c2)
    print(await c2.athrow(Reset))
    await c2.aclose()


asyncio.run(main())
