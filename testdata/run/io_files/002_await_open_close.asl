# f = await aiofiles.open(...) then await f.close(); the file closes on an
# exception inside async with, and the exception goes on.
import asyncio
import aiofiles
import aiofiles.os

D = "tmp_io_files_002"


async def main():
    await aiofiles.os.mkdir(D)
    f = await aiofiles.open(D + "/a.txt", "w")
    print(type(f).__name__, f.closed)
    await f.write("one\ntwo\n")
    await f.flush()
    await f.close()
    print("closed:", f.closed)
    await f.close()
    print("second close is fine:", f.closed)
    try:
        await f.write("more")
    except ValueError as e:
        print(type(e).__name__, e)

    f = await aiofiles.open(D + "/a.txt")
    print(repr(await f.readline()))
    await f.close()
    try:
        await f.readline()
    except ValueError as e:
        print(type(e).__name__, e)

    saved = None
    try:
        async with aiofiles.open(D + "/a.txt") as g:
            saved = g
            print(repr(await g.readline()))
            raise KeyError("boom")
    except KeyError as e:
        print("caught", type(e).__name__, e)
    print("closed by async with:", saved.closed)

    async def opener():
        async with aiofiles.open(D + "/a.txt") as h:
            return await h.read()
    print(repr(await opener()))

    cm = aiofiles.open(D + "/a.txt")
    print(type(cm).__name__)
    h = await cm
    print(await h.readlines())
    await h.close()

    await aiofiles.os.remove(D + "/a.txt")
    await aiofiles.os.rmdir(D)


asyncio.run(main())
