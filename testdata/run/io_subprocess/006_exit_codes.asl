# Exit statuses of many kinds, read from wait() and returncode.
import asyncio


async def status(code):
    proc = await asyncio.create_subprocess_exec("sh", "-c", "exit %d" % code)
    return await proc.wait()


async def main():
    for code in (0, 1, 2, 42, 127, 255):
        print(code, "->", await status(code))
    print("256 wraps to", await status(256))
    proc = await asyncio.create_subprocess_exec("false")
    await proc.wait()
    print("false:", proc.returncode)
    proc = await asyncio.create_subprocess_shell("test 3 -gt 5")
    print("test 3 -gt 5:", await proc.wait())
    proc = await asyncio.create_subprocess_shell("test 5 -gt 3")
    print("test 5 -gt 3:", await proc.wait())


asyncio.run(main())
