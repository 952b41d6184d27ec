# Which wrapper each mode gives, the properties proxied at once (name,
# mode, closed, encoding) and the methods that are coroutines.
import asyncio
import aiofiles
import aiofiles.os

D = "tmp_io_files_014"


async def main():
    await aiofiles.os.mkdir(D)
    path = D + "/t.txt"
    for mode in ("w", "r", "a", "r+", "w+", "wb", "rb", "ab", "rb+", "wb+"):
        async with aiofiles.open(path, mode) as f:
            print("%-4s %-20s %s" % (mode, type(f).__name__, f.mode))
    async with aiofiles.open(path, "w") as f:
        print(f.name == path, f.closed, f.encoding, f.errors, f.line_buffering)
        print(type(f.buffer).__name__)
        r = f.write("x")
        print(asyncio.iscoroutine(r) or hasattr(r, "__await__"))
        print("wrote", await r)
        print(isinstance(f.fileno(), int))
    print(f.closed)

    async with aiofiles.open(path, "rb") as f:
        print(f.name == path, f.closed, type(f.raw).__name__)
        print(await f.read1(10))
    f = await aiofiles.open(path)
    print(f.closed)
    await f.close()
    print(f.closed)

    print(sorted(n for n in ("open", "stdin", "stdout", "stderr", "stdin_bytes",
                             "stdout_bytes", "stderr_bytes") if hasattr(aiofiles, n)))
    print(type(aiofiles.stdout).__name__, type(aiofiles.stdout_bytes).__name__)

    await aiofiles.os.remove(path)
    await aiofiles.os.rmdir(D)


asyncio.run(main())
