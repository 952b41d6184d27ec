# Fan-out with a TaskGroup, fan-in through a dict of tasks.
import asyncio

PRICES = {"apple": 3, "pear": 5, "plum": 2, "fig": 7}


async def price_of(item):
    await asyncio.sleep(0.001 * len(item))
    if item not in PRICES:
        return None
    return PRICES[item]


async def quote(order):
    async with asyncio.TaskGroup() as tg:
        tasks = {item: tg.create_task(price_of(item)) for item in order}
    lines = []
    total = 0
    for item, qty in order.items():
        p = tasks[item].result()
        if p is None:
            lines.append(f"{item}: unavailable")
            continue
        lines.append(f"{item}: {qty} x {p} = {qty * p}")
        total += qty * p
    return lines, total


async def main():
    lines, total = await quote({"apple": 4, "kiwi": 1, "fig": 2})
    print("\n".join(lines))
    print("total", total)
    quotes = []
    async with asyncio.TaskGroup() as tg:
        for order in ({"pear": 1}, {"plum": 10, "apple": 1}, {}):
            quotes.append(tg.create_task(quote(order)))
    for q in quotes:
        print(q.result())
    squares = {}

    async def sq(n):
        await asyncio.sleep(0)
        squares[n] = n * n

    async with asyncio.TaskGroup() as tg:
        for n in range(6):
            tg.create_task(sq(n))
    print(sorted(squares.items()))


asyncio.run(main())
