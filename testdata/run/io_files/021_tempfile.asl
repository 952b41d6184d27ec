# aiofiles.tempfile: NamedTemporaryFile (deleted on close or kept),
# TemporaryFile, SpooledTemporaryFile rolling over to disk, and
# TemporaryDirectory removed with its contents.
import asyncio
import os
import aiofiles
import aiofiles.os
import aiofiles.tempfile

D = "tmp_io_files_021"


async def main():
    print(aiofiles.tempfile is aiofiles.tempfile, sorted(aiofiles.tempfile.__all__))
    os.mkdir(D)
    async with aiofiles.tempfile.NamedTemporaryFile("w+", dir=D, prefix="pre_", suffix=".txt") as f:
        name = f.name
        print(type(f).__name__, f.delete)
        base = os.path.basename(name)
        print(name.startswith(D + "/"), base.startswith("pre_"), base.endswith(".txt"), len(base))
        print(await f.write("temporary text\n"))
        await f.flush()
        print("exists while open:", await aiofiles.os.path.exists(name))
        await f.seek(0)
        print(repr(await f.read()))
    print("exists after close:", await aiofiles.os.path.exists(name))

    async with aiofiles.tempfile.NamedTemporaryFile(dir=D, delete=False) as f:
        name = f.name
        print(type(f).__name__, f.delete, f.mode)
        await f.write(b"kept bytes")
    print("kept:", await aiofiles.os.path.getsize(name))
    await aiofiles.os.remove(name)

    async with aiofiles.tempfile.TemporaryFile("w+", dir=D) as f:
        await f.write("no name on disk")
        await f.seek(0)
        print(await f.read(), await aiofiles.os.listdir(D))

    async with aiofiles.tempfile.SpooledTemporaryFile(max_size=10, mode="w+b", dir=D) as f:
        print(type(f).__name__)
        await f.write(b"12345")
        print("rolled:", f._file._rolled, await aiofiles.os.listdir(D))
        await f.write(b"67890abc")
        print("rolled:", f._file._rolled)
        await f.seek(0)
        print(await f.read())
    async with aiofiles.tempfile.SpooledTemporaryFile(mode="w+", dir=D) as f:
        await f.write("text spool\nline 2\n")
        await f.seek(0)
        print(await f.readline(), await f.tell())
        print(await f.readlines())

    async with aiofiles.tempfile.TemporaryDirectory(dir=D, prefix="dir_") as d:
        print(type(d).__name__, os.path.basename(d).startswith("dir_"), await aiofiles.os.path.isdir(d))
        await aiofiles.os.makedirs(d + "/a/b")
        async with aiofiles.open(d + "/a/b/f.txt", "w") as f:
            await f.write("deep")
        print(sorted(await aiofiles.os.listdir(d)))
    print("removed:", await aiofiles.os.path.exists(d))

    print("left:", await aiofiles.os.listdir(D))
    os.rmdir(D)


asyncio.run(main())
