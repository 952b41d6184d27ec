# asyncio.timeout: the block is cancelled at the deadline and TimeoutError leaves the block.
import asyncio

log = []


async def slow_op():
    try:
        await asyncio.sleep(1)
        log.append("slow_op finished")
    except asyncio.CancelledError:
        log.append("slow_op cancelled")
        raise
    finally:
        log.append("slow_op finally")


async def main():
    try:
        async with asyncio.timeout(0.02):
            log.append("entered")
            await slow_op()
            log.append("not reached")
    except TimeoutError as e:
        log.append(f"TimeoutError args={e.args}")
        log.append(f"context: {type(e.__context__).__name__}")
    print("\n".join(log))
    log.clear()

    async with asyncio.timeout(0.5):
        await asyncio.sleep(0.01)
        log.append("fast block done")
    print(log)

    try:
        async with asyncio.timeout(0.01):
            while True:
                await asyncio.sleep(0.001)
    except TimeoutError:
        print("endless polling loop interrupted")
    print("TimeoutError is asyncio.TimeoutError:", TimeoutError is asyncio.TimeoutError)
    print("main cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
