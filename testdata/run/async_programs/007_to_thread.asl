# Offloading pure functions with asyncio.to_thread; results come back in gather order.
import asyncio


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def word_stats(text, *, top=2):
    counts = {}
    for w in text.lower().split():
        counts[w] = counts.get(w, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]


def fails(x):
    raise ValueError(f"cannot process {x}")


async def main():
    print(await asyncio.to_thread(fib, 30))
    print(await asyncio.to_thread(word_stats, "the cat and the hat and the bat", top=3))
    results = await asyncio.gather(*(asyncio.to_thread(fib, n) for n in range(10)))
    print(results)
    try:
        await asyncio.to_thread(fails, 42)
    except ValueError as e:
        print("ValueError", e)
    res = await asyncio.gather(asyncio.to_thread(fails, 1), asyncio.to_thread(fib, 5),
                               return_exceptions=True)
    print([repr(r) for r in res])
    # the event loop keeps running other coroutines meanwhile
    ticks = []

    async def ticker():
        for i in range(3):
            ticks.append(i)
            await asyncio.sleep(0)

    t = asyncio.create_task(ticker())
    total = await asyncio.to_thread(sum, range(1000))
    await t
    print("sum:", total, "ticks:", ticks)
    print("lambda:", await asyncio.to_thread(lambda a, b: a * b, 6, 7))


asyncio.run(main())
