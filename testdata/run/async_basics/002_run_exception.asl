# An exception escaping asyncio.run propagates to the caller; uncaught it ends the program.
import asyncio


class AppError(Exception):
    pass


async def level3(x):
    if x > 2:
        raise AppError(f"x too big: {x}")
    return x * 10


async def level2(x):
    try:
        return await level3(x)
    finally:
        print("level2 finally", x)


async def level1(x):
    r = await level2(x)
    print("level1 got", r)
    return r


for x in (1, 2, 3):
    try:
        print("result", asyncio.run(level1(x)))
    except AppError as e:
        print("caught", type(e).__name__, e)


async def bad_divide():
    await asyncio.sleep(0)
    return 1 / 0


try:
    asyncio.run(bad_divide())
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


async def chained():
    try:
        await bad_divide()
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e


try:
    asyncio.run(chained())
except ValueError as e:
    print("ValueError", e, "cause:", type(e.__cause__).__name__)

print("now the uncaught one")
asyncio.run(level1(5))
print("never printed")
