# aiofiles.os.path (aiofiles.ospath): exists, isfile, isdir, islink,
# getsize, samefile, on files, directories and missing paths.
import asyncio
import aiofiles
import aiofiles.os
import aiofiles.ospath

D = "tmp_io_files_010"


async def report(path):
    p = aiofiles.os.path
    flags = await asyncio.gather(p.exists(path), p.isfile(path), p.isdir(path), p.islink(path))
    print("%-28s exists=%s file=%s dir=%s link=%s" % (path, *flags))


async def main():
    print(aiofiles.os.path is aiofiles.ospath)
    await aiofiles.os.mkdir(D)
    await aiofiles.os.mkdir(D + "/sub")
    async with aiofiles.open(D + "/file.txt", "w") as f:
        await f.write("x" * 1234)
    async with aiofiles.open(D + "/empty.txt", "w") as f:
        pass
    for path in (D, D + "/sub", D + "/file.txt", D + "/empty.txt", D + "/missing",
                 D + "/file.txt/inside"):
        await report(path)

    print("sizes", await aiofiles.os.path.getsize(D + "/file.txt"),
          await aiofiles.os.path.getsize(D + "/empty.txt"))
    print("samefile", await aiofiles.os.path.samefile(D + "/file.txt", D + "/sub/../file.txt"),
          await aiofiles.os.path.samefile(D + "/file.txt", D + "/empty.txt"))
    try:
        await aiofiles.os.path.samefile(D + "/file.txt", D + "/nope")
    except FileNotFoundError as e:
        print(type(e).__name__, e.filename)
    try:
        await aiofiles.os.path.getsize(D + "/nope")
    except OSError as e:
        print(type(e).__name__, e)

    await aiofiles.os.remove(D + "/file.txt")
    await aiofiles.os.remove(D + "/empty.txt")
    await aiofiles.os.rmdir(D + "/sub")
    await aiofiles.os.rmdir(D)
    await report(D)


asyncio.run(main())
