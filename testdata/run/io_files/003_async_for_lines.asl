# async for over a file's lines, with and without a final newline, empty
# files, break, and enumerate-like counting.
import asyncio
import aiofiles
import aiofiles.os

D = "tmp_io_files_003"


async def lines_of(path):
    out = []
    async with aiofiles.open(path) as f:
        async for line in f:
            out.append(line)
    return out


async def main():
    await aiofiles.os.mkdir(D)
    cases = {
        "plain": "alpha\nbeta\ngamma\n",
        "no_final_newline": "alpha\nbeta",
        "empty": "",
        "blank_lines": "\n\nx\n\n",
        "one": "single",
    }
    for name, text in cases.items():
        path = D + "/" + name + ".txt"
        async with aiofiles.open(path, "w") as f:
            await f.write(text)
        got = await lines_of(path)
        print(name, len(got), got)

    async with aiofiles.open(D + "/plain.txt") as f:
        n = 0
        async for line in f:
            n += 1
            print(n, line.rstrip("\n").upper())
            if line.startswith("beta"):
                break
        print("rest:", repr(await f.read()))

    async with aiofiles.open(D + "/plain.txt", "rb") as f:
        async for line in f:
            print("bytes line", line)

    async with aiofiles.open(D + "/plain.txt") as f:
        lengths = [len(line) async for line in f]
    print("lengths", lengths)

    for name in sorted(cases):
        await aiofiles.os.remove(D + "/" + name + ".txt")
    await aiofiles.os.rmdir(D)
    print(await aiofiles.os.path.isdir(D))


asyncio.run(main())
