# A block that finishes before the deadline: no error, expired() False;
# timeout(None) never fires; an exception from the block passes through.
import asyncio


async def main():
    async with asyncio.timeout(0.05) as t:
        await asyncio.sleep(0.01)
        result = 'done'
    print(result, t.expired(), repr(t))

    async with asyncio.timeout(None) as t:
        print('when:', t.when())
        await asyncio.sleep(0.02)
    print(repr(t), t.expired())

    try:
        async with asyncio.timeout(0.05) as t:
            raise ValueError('inner')
    except ValueError as e:
        print('ValueError', e, t.expired(), repr(t))

    try:
        async with asyncio.timeout(0.01) as t:
            await asyncio.sleep(0.03)
    except TimeoutError:
        print('first expired:', t.expired())

    # A zero or negative delay expires at the first await.
    for d in (0, -1):
        log = []
        try:
            async with asyncio.timeout(d) as t:
                log.append('entered')
                await asyncio.sleep(0)
                log.append('not reached')
        except TimeoutError:
            log.append('timeout')
        print(d, log, t.expired())

    # No await at all: nothing is interrupted, but the deadline passed.
    async with asyncio.timeout(0) as t:
        x = sum(range(10))
    print('no await:', x, t.expired(), repr(t))


asyncio.run(main())
