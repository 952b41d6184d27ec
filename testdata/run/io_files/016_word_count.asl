# Counting words across files read concurrently with async for, merged
# with collections.Counter.
import asyncio
from collections import Counter
import aiofiles
import aiofiles.os

D = "tmp_io_files_016"
DOCS = {
    "a.txt": "the quick brown fox\njumps over the lazy dog\n",
    "b.txt": "the dog barks\nthe fox runs\nthe end\n",
    "c.txt": "quick quick quick\n\nslow\n",
    "d.txt": "",
}


async def count(name):
    c = Counter()
    lines = 0
    async with aiofiles.open(D + "/" + name) as f:
        async for line in f:
            lines += 1
            c.update(line.split())
    return name, lines, c


async def main():
    await aiofiles.os.mkdir(D)
    for name, text in DOCS.items():
        async with aiofiles.open(D + "/" + name, "w") as f:
            await f.write(text)
    results = await asyncio.gather(*(count(n) for n in sorted(DOCS)))
    total = Counter()
    for name, lines, c in results:
        print(name, lines, sum(c.values()), sorted(c.items())[:3])
        total += c
    print(total.most_common(3))
    print(sorted(w for w, n in total.items() if n == 1))

    async with aiofiles.open(D + "/report.txt", "w") as f:
        for word, n in sorted(total.items(), key=lambda kv: (-kv[1], kv[0])):
            await f.write("%s %d\n" % (word, n))
    async with aiofiles.open(D + "/report.txt") as f:
        head = [await f.readline() for _ in range(4)]
    print("".join(head), end="")

    for name in await aiofiles.os.listdir(D):
        await aiofiles.os.remove(D + "/" + name)
    await aiofiles.os.rmdir(D)


asyncio.run(main())
