# The same work without aiofiles: asyncio.to_thread over the built-in
# open(), as the issue promises (to_thread(open(...).read)).
import asyncio
import os

D = "tmp_io_files_017"


def write_sync(path, text):
    with open(path, "w") as f:
        return f.write(text)


def read_lines(path):
    with open(path) as f:
        return [line.rstrip("\n") for line in f]


async def main():
    await asyncio.to_thread(os.mkdir, D)
    counts = await asyncio.gather(*(
        asyncio.to_thread(write_sync, "%s/%d.txt" % (D, i), "row\n" * i) for i in range(1, 6)))
    print("written", counts)

    f = open(D + "/3.txt")
    text = await asyncio.to_thread(f.read)
    f.close()
    print(repr(text))

    lines = await asyncio.gather(*(asyncio.to_thread(read_lines, "%s/%d.txt" % (D, i))
                                   for i in range(1, 6)))
    print([len(l) for l in lines])

    loop = asyncio.get_running_loop()
    names = await loop.run_in_executor(None, os.listdir, D)
    print(sorted(names))

    try:
        await asyncio.to_thread(open, D + "/missing.txt")
    except FileNotFoundError as e:
        print(type(e).__name__, e)

    try:
        await asyncio.to_thread(read_lines, D)
    except IsADirectoryError as e:
        print(type(e).__name__, e.errno)

    for n in sorted(names):
        await asyncio.to_thread(os.remove, D + "/" + n)
    await asyncio.to_thread(os.rmdir, D)
    print(os.path.exists(D))


asyncio.run(main())
