# Nested timeouts: the one whose deadline passes first raises TimeoutError
# at its own level; the other one sees nothing or its own expiry.
import asyncio


async def main():
    # Inner deadline first: the inner block times out, the outer goes on.
    async with asyncio.timeout(0.1) as outer:
        try:
            async with asyncio.timeout(0.01) as inner:
                await asyncio.sleep(0.05)
        except TimeoutError:
            print('inner timed out', inner.expired(), outer.expired())
        await asyncio.sleep(0.01)
        print('outer still running')
    print('outer expired:', outer.expired())

    # Outer deadline first: TimeoutError leaves the outer block only; the
    # inner block sees a CancelledError pass through.
    seen = []
    try:
        async with asyncio.timeout(0.01) as outer:
            try:
                async with asyncio.timeout(0.1) as inner:
                    await asyncio.sleep(0.05)
            except TimeoutError:
                seen.append('inner TimeoutError (wrong)')
            except asyncio.CancelledError:
                seen.append('inner saw CancelledError')
                raise
    except TimeoutError:
        seen.append('outer TimeoutError')
    print(seen, 'inner expired:', inner.expired(), 'outer expired:', outer.expired())

    # Same deadline for both: the outer one wins.
    loop = asyncio.get_running_loop()
    when = loop.time() + 0.01
    try:
        async with asyncio.timeout_at(when) as a:
            async with asyncio.timeout_at(when) as b:
                await asyncio.sleep(0.05)
    except TimeoutError:
        print('same deadline:', a.expired(), b.expired())
    print('cancelling:', asyncio.current_task().cancelling())

    # Three levels, middle fires.
    log = []
    async with asyncio.timeout(1):
        try:
            async with asyncio.timeout(0.02):
                async with asyncio.timeout(0.5):
                    try:
                        await asyncio.sleep(1)
                    finally:
                        log.append('innermost cleanup')
        except TimeoutError:
            log.append('middle timeout')
    print(log)


asyncio.run(main())
