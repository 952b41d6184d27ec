# Cancelling a task that waits for a process leaves the process running;
# it can be killed and waited for afterwards.
import asyncio


async def main():
    proc = await asyncio.create_subprocess_exec("sleep", "10")
    waiter = asyncio.create_task(proc.wait())
    await asyncio.sleep(0.05)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print("waiter cancelled")
    print("still running:", proc.returncode is None)
    proc.kill()
    print("rc", await proc.wait())

    proc = await asyncio.create_subprocess_exec("sleep", "10")

    async def supervised():
        try:
            return await proc.wait()
        except asyncio.CancelledError:
            proc.terminate()
            await proc.wait()
            raise

    task = asyncio.create_task(supervised())
    await asyncio.sleep(0.05)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("supervised task cancelled; process rc", proc.returncode)


asyncio.run(main())
