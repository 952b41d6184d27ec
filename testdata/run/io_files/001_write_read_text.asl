# Writing and reading a text file with aiofiles: async with, await write/read.
import asyncio
import aiofiles
import aiofiles.os

D = "tmp_io_files_001"


async def main():
    await aiofiles.os.makedirs(D, exist_ok=True)
    path = D + "/hello.txt"
    async with aiofiles.open(path, "w") as f:
        print("write returns", await f.write("Hello, async world\n"))
        print("write returns", await f.write("second line\n"))
        print("empty write", await f.write(""))
        print("name", f.name, "mode", f.mode)
    print("closed after block:", f.closed)

    async with aiofiles.open(path) as f:
        text = await f.read()
    print(repr(text))
    print(len(text), text.count("\n"))

    async with aiofiles.open(path, "r") as f:
        print(repr(await f.read(5)))
        print(repr(await f.read(2)))
        print(repr(await f.read()))
        print(repr(await f.read()))

    async with aiofiles.open(path, "w") as f:
        await f.write("replaced")
    async with aiofiles.open(path) as f:
        print(repr(await f.read()))

    async with aiofiles.open(path, mode="a") as f:
        await f.write(" and appended")
    async with aiofiles.open(path) as f:
        print(repr(await f.read()))

    await aiofiles.os.remove(path)
    await aiofiles.os.rmdir(D)
    print("exists:", await aiofiles.os.path.exists(D))


asyncio.run(main())
