# call_soon with positional arguments, callback errors go to the exception handler.
import asyncio

log = []


def record(*args):
    log.append(args)


def broken(x):
    log.append(("broken", x))
    raise ValueError("callback failure")


async def main():
    loop = asyncio.get_running_loop()
    handled = []
    loop.set_exception_handler(lambda lp, ctx: handled.append(
        (type(ctx.get("exception")).__name__, str(ctx.get("exception")))))
    loop.call_soon(record)
    loop.call_soon(record, 1)
    loop.call_soon(record, 1, "two", [3])
    loop.call_soon(broken, 9)
    loop.call_soon(record, "after broken")
    hs = [loop.call_soon(record, "h", i) for i in range(4)]
    hs[1].cancel()
    hs[3].cancel()
    await asyncio.sleep(0)
    for entry in log:
        print(entry)
    print("handled:", handled)
    h = loop.call_soon(record, "x")
    h.cancel()
    h.cancel()
    print("cancelled twice:", h.cancelled())

    class Counter:
        def __init__(self):
            self.n = 0

        def bump(self, k):
            self.n += k

    c = Counter()
    for k in range(1, 6):
        loop.call_soon(c.bump, k)
    print("before:", c.n)
    await asyncio.sleep(0)
    print("after:", c.n)
    print(loop.get_exception_handler() is not None)


asyncio.run(main())
