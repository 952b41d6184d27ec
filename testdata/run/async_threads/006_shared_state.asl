import asyncio

counter = {"n": 0}
items = []


def bump(k):
    for _ in range(1000):
        counter["n"] += 1
    items.append(k)
    return k


async def main():
    ks = await asyncio.gather(*(asyncio.to_thread(bump, k) for k in range(8)))
    print(ks)
    print(sorted(items))
    print(counter["n"] % 1000 == 0, counter["n"] > 0)


asyncio.run(main())
