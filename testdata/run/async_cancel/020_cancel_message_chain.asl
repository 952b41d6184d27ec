# The cancel message travels down a chain of awaited tasks and back up.
import asyncio

seen = []


async def bottom(fut):
    try:
        await fut
    except asyncio.CancelledError as e:
        seen.append(("bottom", e.args))
        raise


async def middle(fut):
    b = asyncio.create_task(bottom(fut), name="bottom")
    try:
        await b
    except asyncio.CancelledError as e:
        seen.append(("middle", e.args, b.cancelled()))
        raise


async def top(fut):
    m = asyncio.create_task(middle(fut), name="middle")
    try:
        await m
    except asyncio.CancelledError as e:
        seen.append(("top", e.args, m.cancelled()))
        raise


async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(top(fut), name="top")
    for _ in range(3):
        await asyncio.sleep(0)
    t.cancel("chain message")
    try:
        await t
    except asyncio.CancelledError as e:
        seen.append(("main", e.args))
    for s in seen:
        print(s)
    print("future cancelled:", fut.cancelled())
    seen.clear()

    # cancel the bottom future directly with a message
    fut2 = asyncio.get_running_loop().create_future()
    t2 = asyncio.create_task(top(fut2))
    for _ in range(3):
        await asyncio.sleep(0)
    fut2.cancel("from the bottom")
    try:
        await t2
    except asyncio.CancelledError as e:
        seen.append(("main", e.args))
    for s in seen:
        print(s)


asyncio.run(main())
