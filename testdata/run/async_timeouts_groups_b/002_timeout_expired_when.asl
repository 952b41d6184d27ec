# Timeout objects: expired(), when(), and their states.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(0.5)
    async with cm as entered:
        print("same object:", entered is cm)
        print("when is float:", type(cm.when()).__name__)
        print("expired inside:", cm.expired())
        await asyncio.sleep(0.01)
    print("expired after fast block:", cm.expired())
    print(repr(cm))

    cm2 = asyncio.timeout(0.01)
    try:
        async with cm2:
            await asyncio.sleep(0.2)
    except TimeoutError:
        print("expired after timeout:", cm2.expired())
    print(repr(cm2))

    cm3 = asyncio.timeout(None)
    async with cm3:
        print("no deadline:", cm3.when())
        await asyncio.sleep(0.01)
    print("None never expires:", cm3.expired())

    deadline = loop.time() + 0.5
    cm4 = asyncio.timeout_at(deadline)
    async with cm4:
        print("timeout_at keeps deadline:", cm4.when() == deadline)
    print(type(cm4).__name__, isinstance(cm4, asyncio.Timeout))


asyncio.run(main())
