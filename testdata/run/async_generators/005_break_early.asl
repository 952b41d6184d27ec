# Breaking out of async for leaves the generator suspended until aclose is awaited.
import asyncio

log = []


async def numbers():
    try:
        i = 0
        while True:
            log.append(f"yield {i}")
            yield i
            i += 1
    finally:
        log.append("numbers finally")


async def main():
    gen = numbers()
    async for x in gen:
        if x == 2:
            break
    log.append("after break")
    log.append("resume where we left: " + str(await anext(gen)))
    await gen.aclose()
    log.append("after aclose")
    print("\n".join(log))
    log.clear()

    # an exception inside the loop body: the generator is not closed by async for either
    gen2 = numbers()
    try:
        async for x in gen2:
            if x == 1:
                raise ValueError("body failed")
    except ValueError as e:
        log.append(f"caught {e}")
    await gen2.aclose()
    print(log)
    log.clear()

    # return from inside the loop
    async def first_over(limit):
        g = numbers()
        try:
            async for x in g:
                if x > limit:
                    return x
        finally:
            await g.aclose()

    print(await first_over(3), log)


asyncio.run(main())
