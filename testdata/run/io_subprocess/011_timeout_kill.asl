# wait_for with a timeout on a slow process, then kill it and reap it.
import asyncio


async def main():
    proc = await asyncio.create_subprocess_exec("sleep", "10")
    try:
        await asyncio.wait_for(proc.wait(), timeout=0.1)
    except asyncio.TimeoutError:
        print("timed out; still running:", proc.returncode is None)
        proc.kill()
        print("reaped:", await proc.wait())

    proc = await asyncio.create_subprocess_exec("sleep", "0.01")
    print("quick one:", await asyncio.wait_for(proc.wait(), timeout=5))

    proc = await asyncio.create_subprocess_exec("sleep", "10", stdout=asyncio.subprocess.PIPE)
    try:
        async with asyncio.timeout(0.1):
            await proc.communicate()
    except TimeoutError:
        print("communicate timed out")
    proc.terminate()
    print("terminated:", await proc.wait())


asyncio.run(main())
