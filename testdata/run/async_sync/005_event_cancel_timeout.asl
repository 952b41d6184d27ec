# Event waits that are cancelled or time out leave the waiter list, and an
# event can start a crowd of tasks at once.
import asyncio


def state(obj):
    r = repr(obj)
    return r[r.index('['):]


async def runner(name, start, out):
    await start.wait()
    out.append(name)
    await asyncio.sleep(0.01)
    out.append(name + ' finished')


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print(state(ev))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('wait cancelled')
    print(state(ev))

    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except asyncio.TimeoutError as e:
        print('wait_for:', type(e).__name__)
    print(state(ev))

    start = asyncio.Event()
    out = []
    tasks = [asyncio.create_task(runner(n, start, out)) for n in 'xyz']
    await asyncio.sleep(0.01)
    print('before start:', out)
    start.set()
    await asyncio.gather(*tasks)
    print(out)

    done = asyncio.Event()

    async def setter():
        await asyncio.sleep(0.02)
        print('setting')
        done.set()

    s = asyncio.create_task(setter())
    print('waiting for setter')
    print('got', await done.wait())
    await s


asyncio.run(main())
