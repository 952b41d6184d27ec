# Condition.wait_for(predicate): a consumer waits on a shared list filled
# by a producer; the predicate's value is returned.
import asyncio

items = []


async def consumer(cond, name, want):
    async with cond:
        result = await cond.wait_for(lambda: len(items) >= want and items[:want])
        print(f'{name} saw {result}')
        return len(result)


async def producer(cond):
    for i in range(5):
        await asyncio.sleep(0.01)
        async with cond:
            items.append(i)
            print('produced', i)
            cond.notify_all()


async def main():
    cond = asyncio.Condition()
    consumers = [asyncio.create_task(consumer(cond, n, k)) for n, k in [('c2', 2), ('c4', 4), ('c1', 1)]]
    await producer(cond)
    print(await asyncio.gather(*consumers))

    async with cond:
        print('immediate:', await cond.wait_for(lambda: 'ready'))

    # A predicate that raises: the error leaves wait_for, the lock is held.
    async with cond:
        try:
            await cond.wait_for(lambda: 1 / 0)
        except ZeroDivisionError as e:
            print('predicate error:', e, cond.locked())
    print('released:', cond.locked())


asyncio.run(main())
