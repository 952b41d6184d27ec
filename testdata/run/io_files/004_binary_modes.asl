# Binary files: wb, rb, ab, read(n) in chunks, bytes of every value.
import asyncio
import aiofiles
import aiofiles.os

D = "tmp_io_files_004"


async def main():
    await aiofiles.os.mkdir(D)
    path = D + "/data.bin"
    data = bytes(range(256))
    async with aiofiles.open(path, "wb") as f:
        print(type(f).__name__, f.mode)
        print("wrote", await f.write(data))
        print("wrote", await f.write(b"\r\n\x00end"))
    print("size", await aiofiles.os.path.getsize(path))

    async with aiofiles.open(path, "rb") as f:
        print(type(f).__name__)
        head = await f.read(4)
        print(head, type(head).__name__)
        chunks = 0
        total = len(head)
        while True:
            chunk = await f.read(100)
            if not chunk:
                break
            chunks += 1
            total += len(chunk)
        print("chunks", chunks, "total", total)
        print("at end:", await f.read(), await f.tell())

    async with aiofiles.open(path, "ab") as f:
        await f.write(b"+tail")
    async with aiofiles.open(path, "rb") as f:
        whole = await f.read()
    print(len(whole), whole[:3], whole[-9:])
    print(whole[:256] == data)

    async with aiofiles.open(path, "rb") as f:
        await f.seek(250)
        print(await f.read(6))
        await f.seek(-5, 2)
        print(await f.read())
        await f.seek(0)
        print(await f.readline())

    try:
        async with aiofiles.open(path, "wb") as f:
            await f.write("text into a binary file")
    except TypeError as e:
        print(type(e).__name__)
    async with aiofiles.open(path, "rb") as f:
        print("after failed write:", await f.read())

    await aiofiles.os.remove(path)
    await aiofiles.os.rmdir(D)


asyncio.run(main())
