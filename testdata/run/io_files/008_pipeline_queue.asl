# A file pipeline: producers write input files, a queue hands paths to
# workers that transform them, a collector writes a summary.
import asyncio
import aiofiles
import aiofiles.os

D = "tmp_io_files_008"
WORDS = ["apple", "banana", "cherry", "date", "elder", "fig", "grape"]


async def produce(i):
    path = "%s/in_%d.txt" % (D, i)
    async with aiofiles.open(path, "w") as f:
        for k in range(i + 2):
            await f.write(WORDS[(i + k) % len(WORDS)] + "\n")
    return path


async def worker(name, queue, results):
    while True:
        path = await queue.get()
        if path is None:
            queue.task_done()
            return
        async with aiofiles.open(path) as f:
            words = [line.strip() async for line in f]
        out = path.replace("in_", "out_")
        async with aiofiles.open(out, "w") as f:
            await f.write(" ".join(w.upper() for w in words) + "\n")
        results[path] = len(words)
        queue.task_done()


async def main():
    await aiofiles.os.makedirs(D)
    paths = await asyncio.gather(*(produce(i) for i in range(8)))
    queue = asyncio.Queue()
    results = {}
    workers = [asyncio.create_task(worker("w%d" % i, queue, results)) for i in range(3)]
    for p in paths:
        await queue.put(p)
    for _ in workers:
        await queue.put(None)
    await queue.join()
    await asyncio.gather(*workers)

    for p in sorted(results):
        print(p, results[p])

    async with aiofiles.open(D + "/summary.txt", "w") as summary:
        for i in range(8):
            async with aiofiles.open("%s/out_%d.txt" % (D, i)) as f:
                line = await f.read()
            await summary.write("%d: %s" % (i, line))
    async with aiofiles.open(D + "/summary.txt") as f:
        print(await f.read(), end="")

    for name in sorted(await aiofiles.os.listdir(D)):
        await aiofiles.os.remove(D + "/" + name)
    await aiofiles.os.rmdir(D)
    print("clean:", not await aiofiles.os.path.exists(D))


asyncio.run(main())
