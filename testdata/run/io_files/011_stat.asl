# aiofiles.os.stat: size, the file type bits of st_mode, indexing, and
# sizes that follow writes, appends and truncation.
import asyncio
import aiofiles
import aiofiles.os

D = "tmp_io_files_011"
S_IFMT = 0o170000
S_IFDIR = 0o040000
S_IFREG = 0o100000


def kind(st):
    t = st.st_mode & S_IFMT
    return "dir" if t == S_IFDIR else "file" if t == S_IFREG else "other"


async def main():
    await aiofiles.os.mkdir(D)
    path = D + "/s.txt"
    async with aiofiles.open(path, "w") as f:
        await f.write("abcdef")
    st = await aiofiles.os.stat(path)
    print(type(st).__name__, st.st_size, kind(st), st.st_nlink)
    print("indexing", st[6], len(st), st[6] == st.st_size)
    print("times are numbers", isinstance(st.st_mtime, float), isinstance(st.st_mtime_ns, int))
    print("mtime ns and seconds agree", abs(st.st_mtime_ns / 1e9 - st.st_mtime) < 1)
    print("dir", kind(await aiofiles.os.stat(D)))

    async with aiofiles.open(path, "a") as f:
        await f.write("ghi")
    print("after append", (await aiofiles.os.stat(path)).st_size)
    async with aiofiles.open(path, "r+") as f:
        await f.truncate(2)
    print("after truncate", (await aiofiles.os.stat(path)).st_size)
    async with aiofiles.open(path, "w") as f:
        pass
    print("after w", (await aiofiles.os.stat(path)).st_size)

    sizes = []
    for n in (0, 1, 10, 100, 1000):
        p = "%s/n%d.bin" % (D, n)
        async with aiofiles.open(p, "wb") as f:
            await f.write(b"z" * n)
        sizes.append((await aiofiles.os.stat(p)).st_size)
        await aiofiles.os.remove(p)
    print(sizes)

    try:
        await aiofiles.os.stat(D + "/missing")
    except FileNotFoundError as e:
        print(type(e).__name__, e)

    await aiofiles.os.remove(path)
    await aiofiles.os.rmdir(D)


asyncio.run(main())
