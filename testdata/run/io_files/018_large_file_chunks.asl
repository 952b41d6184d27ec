# A 2 MB file written in chunks and read back in 64 KB pieces, checked
# with sha256; the loop keeps running tasks meanwhile.
import asyncio
import hashlib
import aiofiles
import aiofiles.os

D = "tmp_io_files_018"
CHUNK = bytes(i % 251 for i in range(65536))


async def main():
    await aiofiles.os.mkdir(D)
    path = D + "/big.bin"
    h_in = hashlib.sha256()
    async with aiofiles.open(path, "wb") as f:
        for i in range(32):
            piece = CHUNK[i:] + CHUNK[:i]
            h_in.update(piece)
            await f.write(piece)
    print("size", await aiofiles.os.path.getsize(path))

    ticks = 0
    stop = False

    async def ticker():
        nonlocal ticks
        while not stop:
            ticks += 1
            await asyncio.sleep(0)

    t = asyncio.create_task(ticker())
    h_out = hashlib.sha256()
    n = 0
    async with aiofiles.open(path, "rb") as f:
        while True:
            block = await f.read(65536)
            if not block:
                break
            n += 1
            h_out.update(block)
    stop = True
    await t
    print("blocks", n)
    print("digests match", h_in.hexdigest() == h_out.hexdigest())
    print(h_out.hexdigest()[:16])
    print("loop ran meanwhile", ticks > 0)

    async with aiofiles.open(path, "rb") as f:
        await f.seek(1000000)
        print(await f.read(8))
        print(await f.tell())

    await aiofiles.os.remove(path)
    await aiofiles.os.rmdir(D)


asyncio.run(main())
