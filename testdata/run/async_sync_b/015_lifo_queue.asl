# LifoQueue returns the most recently added item first.
import asyncio


async def main():
    st = asyncio.LifoQueue()
    for x in range(5):
        await st.put(x)
    print([await st.get() for _ in range(5)])

    st2 = asyncio.LifoQueue(maxsize=3)
    for x in "abc":
        st2.put_nowait(x)
    try:
        st2.put_nowait("d")
    except asyncio.QueueFull:
        print("full at", st2.qsize())
    print(st2.get_nowait())
    st2.put_nowait("e")
    print([st2.get_nowait() for _ in range(st2.qsize())])

    # depth-first traversal driven by a LIFO queue
    tree = {"root": ["a", "b"], "a": ["a1", "a2"], "b": ["b1"], "a1": [], "a2": [], "b1": []}
    todo = asyncio.LifoQueue()
    await todo.put("root")
    visited = []
    while not todo.empty():
        node = await todo.get()
        visited.append(node)
        for child in reversed(tree[node]):
            await todo.put(child)
    print(visited)

    # getters blocked on an empty LIFO queue are served in FIFO order
    q = asyncio.LifoQueue()
    got = []

    async def getter(name):
        got.append((name, await q.get()))

    ts = [asyncio.create_task(getter(n)) for n in ("g1", "g2")]
    await asyncio.sleep(0)
    q.put_nowait("x")
    q.put_nowait("y")
    await asyncio.gather(*ts)
    print(got)


asyncio.run(main())
