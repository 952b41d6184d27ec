# Reading many files at once with gather: results keep the order of the
# calls whatever order the worker threads finish in.
import asyncio
import aiofiles
import aiofiles.os

D = "tmp_io_files_007"
N = 40


async def write_file(i):
    async with aiofiles.open("%s/f%02d.txt" % (D, i), "w") as f:
        for j in range(i + 1):
            await f.write("line %d of file %d\n" % (j, i))
    return i


async def read_file(i):
    async with aiofiles.open("%s/f%02d.txt" % (D, i)) as f:
        text = await f.read()
    return i, len(text.splitlines()), len(text)


async def main():
    await aiofiles.os.mkdir(D)
    written = await asyncio.gather(*(write_file(i) for i in range(N)))
    print("written", written == list(range(N)))
    names = sorted(await aiofiles.os.listdir(D))
    print(len(names), names[:3], names[-1])

    results = await asyncio.gather(*(read_file(i) for i in range(N)))
    for i, lines, size in results[:5]:
        print(i, lines, size)
    print("all line counts right:", all(lines == i + 1 for i, lines, _ in results))
    print("total bytes", sum(size for _, _, size in results))

    tasks = [asyncio.create_task(read_file(i)) for i in range(N - 1, -1, -1)]
    done = await asyncio.gather(*tasks)
    print("first task result", done[0], "last", done[-1])

    sizes = await asyncio.gather(*(aiofiles.os.path.getsize(D + "/" + n) for n in names))
    print("sizes agree:", sizes == [s for _, _, s in results])

    await asyncio.gather(*(aiofiles.os.remove(D + "/" + n) for n in names))
    print("left:", await aiofiles.os.listdir(D))
    await aiofiles.os.rmdir(D)


asyncio.run(main())
