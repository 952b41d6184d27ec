# readline with and without a size, readlines with a hint, and reading a
# file piece by piece until the empty string.
import asyncio
import aiofiles
import aiofiles.os

D = "tmp_io_files_012"
TEXT = "first line\nsecond\n\nfourth line is longer\nlast"


async def main():
    await aiofiles.os.mkdir(D)
    path = D + "/r.txt"
    async with aiofiles.open(path, "w") as f:
        await f.write(TEXT)

    async with aiofiles.open(path) as f:
        while True:
            line = await f.readline()
            if not line:
                break
            print(repr(line))
        print("after end:", repr(await f.readline()))

    async with aiofiles.open(path) as f:
        print(repr(await f.readline(5)), repr(await f.readline(100)), repr(await f.readline(0)))

    async with aiofiles.open(path) as f:
        print(await f.readlines())
    async with aiofiles.open(path) as f:
        print(await f.readlines(12))
        print(await f.readlines())

    async with aiofiles.open(path) as f:
        pieces = []
        while True:
            piece = await f.read(7)
            if piece == "":
                break
            pieces.append(piece)
        print(len(pieces), pieces[0], "|", pieces[-1])
        print("".join(pieces) == TEXT)

    async with aiofiles.open(path, "rb") as f:
        print(await f.readline(), await f.readlines())

    await aiofiles.os.remove(path)
    await aiofiles.os.rmdir(D)


asyncio.run(main())
