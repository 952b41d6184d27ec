# loop.time() is a monotonic float; only comparisons are printed.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print(type(t0).__name__)
    await asyncio.sleep(0.01)
    t1 = loop.time()
    print("advanced or equal:", t1 >= t0)
    stamps = []

    async def stamp(d):
        await asyncio.sleep(d)
        stamps.append((loop.time(), d))

    await asyncio.gather(stamp(0.05), stamp(0.01), stamp(0.03))
    print("finish order:", [d for _, d in stamps])
    times = [t for t, _ in stamps]
    print("monotonic:", times == sorted(times))
    deadline = loop.time() + 0.02
    seen = []
    loop.call_at(deadline, lambda: seen.append(loop.time() >= deadline))
    await asyncio.sleep(0.05)
    print("call_at ran after deadline:", seen)
    print("loop is running:", loop.is_running(), loop.is_closed())
    print("same loop:", asyncio.get_running_loop() is loop)
    return loop


loop = asyncio.run(main())
print("closed after run:", loop.is_closed())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError", e)
