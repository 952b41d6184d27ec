# Two hundred files written and read back with a semaphore bounding how
# many are open at once; a checksum of everything read.
import asyncio
import aiofiles
import aiofiles.os

D = "tmp_io_files_015"
N = 200


async def main():
    await aiofiles.os.mkdir(D)
    sem = asyncio.Semaphore(16)
    open_now = 0
    peak = 0

    async def write_one(i):
        nonlocal open_now, peak
        async with sem:
            open_now += 1
            peak = max(peak, open_now)
            async with aiofiles.open("%s/%03d.dat" % (D, i), "w") as f:
                await f.write(str(i * i) + "\n" + "#" * (i % 17) + "\n")
            open_now -= 1

    async def read_one(i):
        async with sem:
            async with aiofiles.open("%s/%03d.dat" % (D, i)) as f:
                first = await f.readline()
                second = await f.readline()
            return int(first), len(second) - 1

    await asyncio.gather(*(write_one(i) for i in range(N)))
    print("peak open files within bound:", 1 <= peak <= 16)
    pairs = await asyncio.gather(*(read_one(i) for i in range(N)))
    print(pairs[:4], pairs[-1])
    print("sum of squares", sum(a for a, _ in pairs), sum(i * i for i in range(N)))
    print("hash marks", sum(b for _, b in pairs))
    names = await aiofiles.os.listdir(D)
    print(len(names), min(names), max(names))
    await asyncio.gather(*(aiofiles.os.remove(D + "/" + n) for n in names))
    await aiofiles.os.rmdir(D)
    print("removed", not await aiofiles.os.path.exists(D))


asyncio.run(main())
