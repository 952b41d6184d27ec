# Cancellation inside async with: __aexit__ sees CancelledError and may await.
import asyncio

log = []


class Conn:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        log.append(f"{self.name}: enter")
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, et, ev, tb):
        log.append(f"{self.name}: exit with {et.__name__ if et else None}")
        await asyncio.sleep(0)
        log.append(f"{self.name}: closed")
        return self.suppress


async def session(suppress):
    async with Conn("outer") as a:
        async with Conn("inner", suppress) as b:
            log.append("working")
            await asyncio.sleep(1)
            log.append("work done")
        log.append("after inner block")
    return "session end"


async def main():
    for suppress in (False, True):
        log.clear()
        t = asyncio.create_task(session(suppress))
        await asyncio.sleep(0.01)
        t.cancel()
        try:
            r = await t
            print("result:", r, "cancelled:", t.cancelled())
        except asyncio.CancelledError:
            print("cancelled:", t.cancelled())
        for line in log:
            print("  " + line)


asyncio.run(main())
