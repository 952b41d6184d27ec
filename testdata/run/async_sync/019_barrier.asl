# Barrier: tasks wait until `parties` of them arrive, each gets an index;
# abort() and reset() break the waiters with BrokenBarrierError.
import asyncio


def state(obj):
    r = repr(obj)
    return r[r.index('['):]


async def main():
    b = asyncio.Barrier(3)
    print(state(b), b.parties, b.n_waiting, b.broken)
    out = []

    async def arrive(name, delay):
        await asyncio.sleep(delay)
        out.append(f'{name} arrives')
        index = await b.wait()
        out.append(f'{name} passes with index {index}')
        return index

    ts = [asyncio.create_task(arrive(n, d)) for n, d in [('a', 0.01), ('b', 0.02), ('c', 0.03)]]
    await asyncio.sleep(0.025)
    print('two waiting:', state(b), b.n_waiting)
    results = await asyncio.gather(*ts)
    for line in out:
        print(line)
    print(sorted(results), state(b))

    # The barrier can be used again, with async with.
    async def again(name):
        async with b as index:
            return (name, index)

    print(await asyncio.gather(again('x'), again('y'), again('z')))

    # abort(): waiting tasks and later ones fail.
    w = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    await b.abort()
    try:
        await w
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError', e)
    print(state(b), b.broken)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError', e)
    await b.reset()
    print('after reset:', state(b), b.broken)

    w = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    await b.reset()
    try:
        await w
    except asyncio.BrokenBarrierError as e:
        print('reset while waiting:', e)
    print(state(b))

    for bad in (0, -2):
        try:
            asyncio.Barrier(bad)
        except ValueError as e:
            print('ValueError', e)
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))


asyncio.run(main())
