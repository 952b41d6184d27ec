# Calls to slow backends under timeouts, falling back to a cache.
import asyncio

BACKENDS = {"users": 0.02, "orders": 0.2, "stock": 0.04, "reviews": 0.5}
CACHE = {"orders": "orders (cached)", "reviews": "reviews (cached)"}
log = []


async def backend(name):
    try:
        await asyncio.sleep(BACKENDS[name])
        return f"{name} (live)"
    except asyncio.CancelledError:
        log.append(f"{name} call abandoned")
        raise


async def get(name, timeout):
    try:
        return await asyncio.wait_for(backend(name), timeout)
    except TimeoutError:
        if name in CACHE:
            return CACHE[name]
        return f"{name} unavailable"


async def dashboard(timeout):
    names = list(BACKENDS)
    values = await asyncio.gather(*(get(n, timeout) for n in names))
    return dict(zip(names, values))


async def main():
    for timeout in (0.06, 0.005):
        log.clear()
        board = await dashboard(timeout)
        print(f"timeout {timeout}:")
        for k, v in board.items():
            print(f"  {k:8} {v}")
        print("  abandoned:", sorted(log))
    try:
        async with asyncio.timeout(0.02):
            await dashboard(1)
    except TimeoutError:
        print("whole dashboard timed out")


asyncio.run(main())
