# r+, w+, a+ and x modes; seek, tell and truncate through await.
import asyncio
import aiofiles
import aiofiles.os

D = "tmp_io_files_005"


async def show(path):
    async with aiofiles.open(path) as f:
        print("  content:", repr(await f.read()))


async def main():
    await aiofiles.os.mkdir(D)
    path = D + "/f.txt"
    async with aiofiles.open(path, "w+") as f:
        await f.write("0123456789")
        print("tell after write", await f.tell())
        print("seek to", await f.seek(0))
        print("read back", repr(await f.read()))
        await f.seek(4)
        print("truncate to", await f.truncate())
        print("tell", await f.tell())
        print("readable", await f.readable(), "writable", await f.writable(),
              "seekable", await f.seekable())
    await show(path)

    async with aiofiles.open(path, "r+") as f:
        print("r+ reads", repr(await f.read(2)))
        await f.seek(0, 2)
        await f.write("XY")
        await f.seek(0)
        print("r+ now", repr(await f.read()))
        print("truncate(1) ->", await f.truncate(1))
    await show(path)

    async with aiofiles.open(path, "a+") as f:
        print("a+ tell", await f.tell())
        await f.write("bcd")
        await f.seek(0)
        print("a+ reads", repr(await f.read()))
    await show(path)

    try:
        async with aiofiles.open(path, "x") as f:
            await f.write("never")
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e)
    async with aiofiles.open(D + "/new.txt", "x") as f:
        await f.write("created")
    await show(D + "/new.txt")

    async with aiofiles.open(path, "r") as f:
        print("writable", await f.writable())
        try:
            await f.write("no")
        except OSError as e:
            print(type(e).__name__, e)
    async with aiofiles.open(path, "w") as f:
        print("readable", await f.readable())
        try:
            await f.read()
        except OSError as e:
            print(type(e).__name__, e)

    for name in sorted(await aiofiles.os.listdir(D)):
        await aiofiles.os.remove(D + "/" + name)
    await aiofiles.os.rmdir(D)


asyncio.run(main())
