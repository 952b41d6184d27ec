# Errors raised in the worker thread come back through await with their
# type, errno and message: missing files, directories, bad modes, bad args.
import asyncio
import aiofiles
import aiofiles.os

D = "tmp_io_files_006"


async def attempt(label, coro):
    try:
        result = await coro
        print(label, "ok", repr(result))
    except OSError as e:
        print(label, type(e).__name__, e.errno, e.filename)
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)


async def read_all(path, mode="r"):
    async with aiofiles.open(path, mode) as f:
        return await f.read()


async def main():
    await aiofiles.os.mkdir(D)
    await attempt("missing file", read_all(D + "/missing.txt"))
    await attempt("missing dir", read_all(D + "/no/such/file.txt"))
    await attempt("a directory", read_all(D))
    await attempt("bad mode", read_all(D + "/x.txt", "rw"))
    await attempt("bad mode letter", read_all(D + "/x.txt", "q"))
    await attempt("remove missing", aiofiles.os.remove(D + "/missing.txt"))
    await attempt("rmdir missing", aiofiles.os.rmdir(D + "/missing"))
    await attempt("mkdir exists", aiofiles.os.mkdir(D))
    await attempt("listdir missing", aiofiles.os.listdir(D + "/missing"))
    await attempt("stat missing", aiofiles.os.stat(D + "/missing"))
    await attempt("getsize missing", aiofiles.os.path.getsize(D + "/missing"))
    await attempt("rename missing", aiofiles.os.rename(D + "/a", D + "/b"))

    try:
        f = await aiofiles.open(D + "/missing.txt")
    except FileNotFoundError as e:
        print("await open:", type(e).__name__, e)

    try:
        async with aiofiles.open(D + "/missing.txt") as f:
            print("never here")
    except FileNotFoundError as e:
        print("async with open:", e.strerror)

    async def reader(name):
        async with aiofiles.open(D + "/" + name) as f:
            return await f.read()

    async with aiofiles.open(D + "/present.txt", "w") as f:
        await f.write("here")
    results = await asyncio.gather(reader("present.txt"), reader("absent.txt"),
                                   return_exceptions=True)
    for r in results:
        print("gathered:", type(r).__name__, r if isinstance(r, str) else r.errno)

    try:
        await asyncio.gather(reader("present.txt"), reader("absent.txt"))
    except FileNotFoundError as e:
        print("gather raised", type(e).__name__, e.filename)

    await aiofiles.os.remove(D + "/present.txt")
    await aiofiles.os.rmdir(D)
    print("done")


asyncio.run(main())
