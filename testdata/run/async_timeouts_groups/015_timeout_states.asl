# The states a Timeout goes through, as its repr shows them, and what
# when() reports at each step.
import asyncio


def show(label, t):
    r = repr(t)
    if 'when=' in r:
        r = r[:r.index('when=')] + 'when=...>'
    print(f'{label:>10}: {r} expired={t.expired()}')


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.timeout(0.05)
    show('created', t)
    async with t:
        show('active', t)
        await asyncio.sleep(0.001)
    show('finished', t)

    t = asyncio.timeout(0.01)
    try:
        async with t:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                show('expiring', t)
                raise
    except TimeoutError:
        show('expired', t)

    t = asyncio.timeout(None)
    show('created', t)
    async with t:
        show('no limit', t)
        print('    when:', t.when())
        t.reschedule(loop.time() + 1)
        show('limit set', t)
        t.reschedule(None)
        print('    repr:', repr(t))
    show('finished', t)

    t = asyncio.timeout_at(None)
    print(repr(t), t.when())
    print(type(t).__name__, type(t).__module__, asyncio.Timeout is type(t))
    t2 = asyncio.Timeout(None)
    print(repr(t2))
    async with asyncio.Timeout(loop.time() + 0.01) as t3:
        await asyncio.sleep(0)
    show('direct', t3)


asyncio.run(main())
