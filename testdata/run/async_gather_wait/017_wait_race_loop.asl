# A race: the first of several mirrors to answer wins, the losers are cancelled.
import asyncio

log = []


async def mirror(name, delay, ok=True):
    try:
        await asyncio.sleep(delay)
        if not ok:
            raise ConnectionError(f"{name} refused")
        return f"data from {name}"
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def first_success(specs):
    pending = {asyncio.create_task(mirror(*s), name=s[0]) for s in specs}
    errors = []
    try:
        while pending:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for t in sorted(done, key=lambda t: t.get_name()):
                if t.exception() is None:
                    return t.result()
                errors.append(str(t.exception()))
        raise ConnectionError(f"all failed: {sorted(errors)}")
    finally:
        for t in pending:
            t.cancel()
        if pending:
            await asyncio.wait(pending)


async def main():
    print(await first_success([("eu", 0.05), ("us", 0.02), ("asia", 0.08)]))
    print(sorted(log))
    log.clear()
    print(await first_success([("eu", 0.01, False), ("us", 0.03), ("asia", 0.02, False)]))
    print(sorted(log))
    log.clear()
    try:
        await first_success([("eu", 0.01, False), ("us", 0.02, False)])
    except ConnectionError as e:
        print("ConnectionError", e)
    print(log)
    print("leftover tasks:", len(asyncio.all_tasks()))


asyncio.run(main())
