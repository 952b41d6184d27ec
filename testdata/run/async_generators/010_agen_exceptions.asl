# Exceptions inside an async generator reach the async for; the generator is then finished.
import asyncio


async def risky(items):
    for it in items:
        await asyncio.sleep(0)
        if it < 0:
            raise ValueError(f"negative item {it}")
        yield it


async def guarded(items):
    for it in items:
        try:
            if it == 0:
                raise ZeroDivisionError("zero")
            yield 10 // it
        except ZeroDivisionError:
            yield "skipped"


async def main():
    got = []
    g = risky([1, 2, -3, 4])
    try:
        async for x in g:
            got.append(x)
    except ValueError as e:
        print("error:", e, "after", got)
    print(await anext(g, "finished"))
    print([x async for x in guarded([5, 0, 2, 0, 1])])

    async def raising_stop():
        yield 1
        raise StopAsyncIteration("explicit")

    try:
        print([x async for x in raising_stop()])
    except RuntimeError as e:
        print("RuntimeError", e)

    async def raising_stopiter():
        yield 1
        raise StopIteration

    try:
        print([x async for x in raising_stopiter()])
    except RuntimeError as e:
        print("RuntimeError", e)

    async def gen_with_finally():
        try:
            yield 1
            raise KeyError("inside")
        finally:
            print("finally runs before the error reaches the loop")

    try:
        async for v in gen_with_finally():
            print("value", v)
    except KeyError as e:
        print("KeyError", e)


asyncio.run(main())
