# A suspended async generator still referenced at the end is finalized by asyncio.run:
# its finally block runs during the loop's shutdown.
import asyncio

kept = None


async def ticker():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("ticker finally at shutdown")
        await asyncio.sleep(0)
        print("ticker finally could still await")


async def main():
    global kept
    kept = ticker()
    print(await anext(kept), await anext(kept))
    print("main returns, generator left suspended")


asyncio.run(main())
print("after asyncio.run")


async def probe():
    return await anext(kept, "the generator is finished")


print(asyncio.run(probe()))
