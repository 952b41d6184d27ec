# Text modes: non-ASCII text in UTF-8, newline translation and newline='',
# and what the bytes on disk look like.
import asyncio
import aiofiles
import aiofiles.os

D = "tmp_io_files_013"


async def raw(path):
    async with aiofiles.open(path, "rb") as f:
        return await f.read()


async def main():
    await aiofiles.os.mkdir(D)
    path = D + "/u.txt"
    text = "héllo wörld\n日本語\nemoji 🎉\n"
    async with aiofiles.open(path, "w", encoding="utf-8") as f:
        print("chars written", await f.write(text))
        print("encoding", f.encoding)
    data = await raw(path)
    print("bytes on disk", len(data), data[:8])
    async with aiofiles.open(path, encoding="utf-8") as f:
        back = await f.read()
    print(back == text, len(back))
    async with aiofiles.open(path, encoding="utf-8") as f:
        print([line.rstrip("\n") async for line in f])
    async with aiofiles.open(path, encoding="utf-8") as f:
        print(repr(await f.read(3)))

    async with aiofiles.open(path, "w", newline="") as f:
        await f.write("a\r\nb\rc\n")
    print(await raw(path))
    async with aiofiles.open(path) as f:
        print(repr(await f.read()))
    async with aiofiles.open(path, newline="") as f:
        print(await f.readlines())

    async with aiofiles.open(path, "w", newline="\r\n") as f:
        await f.write("x\ny\n")
    print(await raw(path))
    async with aiofiles.open(path) as f:
        print(await f.readlines())

    async with aiofiles.open(path, "wb") as f:
        await f.write(b"ok \xff\xfe bad")
    try:
        async with aiofiles.open(path, encoding="utf-8") as f:
            await f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
    async with aiofiles.open(path, encoding="utf-8", errors="replace") as f:
        print(repr(await f.read()))

    await aiofiles.os.remove(path)
    await aiofiles.os.rmdir(D)


asyncio.run(main())
