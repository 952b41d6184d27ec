# aclose runs the generator's finally; misbehaving generators raise RuntimeError.
import asyncio


async def resource(name):
    print(f"  {name}: open")
    try:
        for i in range(10):
            yield i
    finally:
        print(f"  {name}: cleanup start")
        await asyncio.sleep(0)
        print(f"  {name}: cleanup end")


async def stubborn():
    try:
        yield 1
    finally:
        yield 2


async def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  caught GeneratorExit, re-raising")
        raise


async def main():
    g = resource("r1")
    print(await anext(g), await anext(g))
    print("aclose returns", await g.aclose())
    print("aclose again", await g.aclose())

    never = resource("never started")
    await never.aclose()
    print("closing an unstarted generator runs nothing")

    s = stubborn()
    await anext(s)
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError", e)

    c = catches_exit()
    await anext(c)
    await c.aclose()
    print("closed")

    done = resource("r2")
    print([x async for x in done][-1])
    await done.aclose()
    print("aclose after exhaustion does nothing")


asyncio.run(main())
