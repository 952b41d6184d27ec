# aiofiles.os: mkdir, makedirs, listdir, rename, replace, remove, unlink,
# rmdir, removedirs, renames; each a coroutine function.
import asyncio
import aiofiles
import aiofiles.os

D = "tmp_io_files_009"


async def touch(path, text=""):
    async with aiofiles.open(path, "w") as f:
        await f.write(text)


async def tree():
    out = []
    for name in sorted(await aiofiles.os.listdir(D)):
        if await aiofiles.os.path.isdir(D + "/" + name):
            out.append(name + "/" + ",".join(sorted(await aiofiles.os.listdir(D + "/" + name))))
        else:
            out.append(name)
    return out


async def main():
    print([asyncio.iscoroutinefunction(fn) for fn in (
        aiofiles.os.mkdir, aiofiles.os.remove, aiofiles.os.listdir, aiofiles.os.stat)])
    print(aiofiles.os.rename.__name__, aiofiles.os.makedirs.__name__)
    await aiofiles.os.mkdir(D)
    await aiofiles.os.makedirs(D + "/a/b/c")
    await aiofiles.os.makedirs(D + "/a/b/c", exist_ok=True)
    try:
        await aiofiles.os.makedirs(D + "/a/b")
    except FileExistsError as e:
        print("makedirs:", type(e).__name__, e.errno)
    await touch(D + "/one.txt", "1")
    await touch(D + "/two.txt", "22")
    print(await tree())

    await aiofiles.os.rename(D + "/one.txt", D + "/uno.txt")
    print("after rename", await tree())
    await aiofiles.os.replace(D + "/two.txt", D + "/uno.txt")
    print("after replace", await tree())
    async with aiofiles.open(D + "/uno.txt") as f:
        print("uno holds", repr(await f.read()))

    await touch(D + "/gone.txt")
    await aiofiles.os.unlink(D + "/gone.txt")
    await aiofiles.os.renames(D + "/uno.txt", D + "/x/y/moved.txt")
    print("after renames", await tree())
    print(await aiofiles.os.listdir(D + "/x/y"))

    try:
        await aiofiles.os.rmdir(D + "/x")
    except OSError as e:
        print("rmdir non-empty:", type(e).__name__, e.errno)
    await aiofiles.os.remove(D + "/x/y/moved.txt")
    await aiofiles.os.removedirs(D + "/x/y")
    print("after removedirs", await tree())

    await aiofiles.os.rmdir(D + "/a/b/c")
    await aiofiles.os.rmdir(D + "/a/b")
    await aiofiles.os.rmdir(D + "/a")
    print("end", await tree())
    await aiofiles.os.rmdir(D)
    print(await aiofiles.os.path.exists(D))


asyncio.run(main())
