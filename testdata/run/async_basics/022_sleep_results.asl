# asyncio.sleep returns its result argument; sleeps with distinct delays finish in order.
import asyncio


async def delayed(value, delay):
    got = await asyncio.sleep(delay, result=value)
    return got


async def main():
    print(await asyncio.sleep(0, result="zero"))
    print(await asyncio.sleep(0.01, "positional"))
    print(await asyncio.sleep(0.01))
    print(await asyncio.sleep(-1, result="negative is fine"))
    finished = []

    async def tracked(name, d):
        v = await delayed(name, d)
        finished.append(v)

    await asyncio.gather(tracked("slow", 0.07), tracked("fast", 0.01),
                         tracked("mid", 0.04), tracked("instant", 0))
    print(finished)
    obj = {"k": [1, 2]}
    same = await asyncio.sleep(0, obj)
    print(same is obj)
    try:
        await asyncio.sleep("soon")
    except TypeError as e:
        print("TypeError raised")


asyncio.run(main())
