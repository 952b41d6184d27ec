# BoundedSemaphore refuses to be released above its initial value.
import asyncio


async def main():
    bs = asyncio.BoundedSemaphore(2)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError", e)
    async with bs:
        async with bs:
            print("both slots taken:", bs.locked())
    print("free again:", bs.locked())
    s = asyncio.Semaphore(2)
    s.release()
    print("plain Semaphore allows it")
    print(isinstance(bs, asyncio.Semaphore))

    # a pool of 3 connections; a bug releases one twice and is caught
    pool = asyncio.BoundedSemaphore(3)
    log = []

    async def use(i, double_release=False):
        await pool.acquire()
        try:
            log.append(f"conn {i}")
            await asyncio.sleep(0.01)
        finally:
            pool.release()
            if double_release:
                try:
                    pool.release()
                except ValueError:
                    log.append(f"conn {i}: double release refused")

    await asyncio.gather(*(use(i) for i in range(6)))
    await use(6, double_release=True)
    print(log)
    print("pool locked:", pool.locked())


asyncio.run(main())
