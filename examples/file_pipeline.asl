# A small file pipeline with aiofiles: write some input files, read them
# all concurrently, transform each, write the results and a summary, then
# clean up. Every file operation runs on a worker thread; the event loop
# stays free meanwhile.
import asyncio
import aiofiles
import aiofiles.os

WORK = "pipeline_work"
POEMS = {
    "autumn": "the leaves fall down\nsoftly on the ground\nwinter comes around\n",
    "sea": "waves upon the shore\nsalt and wind and more\n",
    "night": "stars above the town\nthe moon is looking down\nall is quiet now\nsleep\n",
}


async def write_input(name, text):
    async with aiofiles.open(f"{WORK}/in/{name}.txt", "w") as f:
        await f.write(text)


async def transform(name):
    """Read one input line by line and write its shouted, numbered copy."""
    lines = []
    async with aiofiles.open(f"{WORK}/in/{name}.txt") as f:
        async for line in f:
            lines.append(line.rstrip("\n"))
    out = [f"{i + 1:>2}  {line.upper()}" for i, line in enumerate(lines)]
    async with aiofiles.open(f"{WORK}/out/{name}.txt", "w") as f:
        await f.write("\n".join(out) + "\n")
    words = sum(len(line.split()) for line in lines)
    return name, len(lines), words


async def main():
    await aiofiles.os.makedirs(f"{WORK}/in", exist_ok=True)
    await aiofiles.os.makedirs(f"{WORK}/out", exist_ok=True)
    await asyncio.gather(*(write_input(n, t) for n, t in POEMS.items()))

    results = await asyncio.gather(*(transform(n) for n in sorted(POEMS)))

    async with aiofiles.open(f"{WORK}/summary.txt", "w") as f:
        for name, lines, words in results:
            await f.write(f"{name:<8} {lines} lines {words:>3} words\n")

    async with aiofiles.open(f"{WORK}/summary.txt") as f:
        print(await f.read(), end="")
    async with aiofiles.open(f"{WORK}/out/night.txt") as f:
        print(await f.read(), end="")

    # clean up
    for sub in ("in", "out"):
        for name in await aiofiles.os.listdir(f"{WORK}/{sub}"):
            await aiofiles.os.remove(f"{WORK}/{sub}/{name}")
        await aiofiles.os.rmdir(f"{WORK}/{sub}")
    await aiofiles.os.remove(f"{WORK}/summary.txt")
    await aiofiles.os.rmdir(WORK)
    print("cleaned up:", not await aiofiles.os.path.exists(WORK))


asyncio.run(main())
