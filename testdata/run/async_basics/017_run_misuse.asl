# asyncio.run argument checks and nested-loop misuse.
import asyncio


async def inner():
    return "inner"


async def outer():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError", e)
    coro.close()
    return await inner()


print(asyncio.run(outer()))

try:
    asyncio.run(inner)
except ValueError as e:
    print("ValueError", str(e).split(", got")[0])

try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError", str(e).split(", got")[0])


def not_async():
    return 1


try:
    asyncio.run(not_async())
except ValueError as e:
    print("ValueError", str(e).split(", got")[0])


async def uses_loop():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "from callback")
    return await fut


print(asyncio.run(uses_loop()))
print(asyncio.run(uses_loop()))


async def awaits_non_awaitable():
    await 5


try:
    asyncio.run(awaits_non_awaitable())
except TypeError as e:
    print("TypeError", e)


async def awaits_none():
    x = None
    return await x


try:
    asyncio.run(awaits_none())
except TypeError as e:
    print("TypeError", e)
