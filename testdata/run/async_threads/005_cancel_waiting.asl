import asyncio
import time

log = []


def slow(n):
    time.sleep(n)
    log.append(f"slept {n}")
    return n


async def main():
    task = asyncio.create_task(asyncio.to_thread(slow, 0.3))
    await asyncio.sleep(0.05)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled; thread still running:", log)
    try:
        await asyncio.wait_for(asyncio.to_thread(slow, 0.4), timeout=0.1)
    except TimeoutError:
        print("timed out")
    print("log before shutdown:", log)


asyncio.run(main())
print("after run:", sorted(log))
