# TaskGroup: the block waits for every task it created; results, names,
# reprs, and tasks created by tasks of the group.
import asyncio


async def work(name, delay, log):
    log.append(f'{name} start')
    await asyncio.sleep(delay)
    log.append(f'{name} end')
    return name.upper()


async def main():
    log = []
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg as g:
        print('same object:', g is tg, repr(tg))
        t1 = g.create_task(work('a', 0.03, log))
        t2 = g.create_task(work('b', 0.01, log), name='bee')
        t3 = g.create_task(work('c', 0.02, log))
        print(repr(tg), t2.get_name())
        log.append('body done')
    log.append('group done')
    print(log)
    print(t1.result(), t2.result(), t3.result(), repr(tg))

    # Children may add more tasks to the group while it is open.
    order = []

    async def spawner(g, depth):
        order.append(f'spawner {depth}')
        if depth < 3:
            await asyncio.sleep(0.01)
            g.create_task(spawner(g, depth + 1))

    async with asyncio.TaskGroup() as g:
        g.create_task(spawner(g, 0))
    print(order)

    # An empty group and a group whose body only sleeps.
    async with asyncio.TaskGroup() as g:
        pass
    print('empty group ok', repr(g))
    async with asyncio.TaskGroup() as g:
        await asyncio.sleep(0.01)
    print('sleeping body ok')

    # Results collected through the tasks.
    async with asyncio.TaskGroup() as g:
        tasks = [g.create_task(asyncio.sleep(0.01 * (5 - i), result=i * i)) for i in range(5)]
    print([t.result() for t in tasks])
    print(type(tg).__module__, type(tg).__name__)


asyncio.run(main())
