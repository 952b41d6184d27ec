# aiofiles.stdout and stderr: writes through the executor land in order
# with print, since they use the same sys.stdout.
import asyncio
import sys
import aiofiles


async def main():
    print("before")
    n = await aiofiles.stdout.write("through aiofiles.stdout\n")
    print("wrote", n)
    await aiofiles.stdout.writelines(["a\n", "b\n"])
    await aiofiles.stdout.flush()
    await aiofiles.stderr.write("this goes to stderr\n")
    print("name", aiofiles.stdout.name == sys.stdout.name)
    for i in range(3):
        await aiofiles.stdout.write("line %d\n" % i)
        print("print %d" % i)
    await aiofiles.stdout_bytes.write(b"raw bytes\n")
    await aiofiles.stdout_bytes.flush()
    print("after")


asyncio.run(main())
