import asyncio


def inner():
    return 1 / 0


def outer():
    return inner()


async def main():
    try:
        await asyncio.to_thread(outer)
    except ZeroDivisionError as e:
        print("caught:", e)
        print(type(e.__traceback__).__name__)
    r = await asyncio.gather(asyncio.to_thread(outer), asyncio.to_thread(abs, -4), return_exceptions=True)
    print([type(x).__name__ for x in r], r[1])


asyncio.run(main())
