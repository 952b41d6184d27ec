# Links through aiofiles.os: symlink, readlink, link, islink, and reading
# through a link.
import asyncio
import aiofiles
import aiofiles.os

D = "tmp_io_files_020"


async def main():
    await aiofiles.os.mkdir(D)
    async with aiofiles.open(D + "/target.txt", "w") as f:
        await f.write("the target")
    await aiofiles.os.symlink("target.txt", D + "/soft")
    await aiofiles.os.link(D + "/target.txt", D + "/hard")
    print(await aiofiles.os.readlink(D + "/soft"))
    for name in ("target.txt", "soft", "hard", "dangling"):
        p = D + "/" + name
        print(name, await aiofiles.os.path.islink(p), await aiofiles.os.path.exists(p))
    async with aiofiles.open(D + "/soft") as f:
        print("via soft:", await f.read())
    async with aiofiles.open(D + "/hard") as f:
        print("via hard:", await f.read())
    st = await aiofiles.os.stat(D + "/target.txt")
    print("links", st.st_nlink)
    print("same", await aiofiles.os.path.samefile(D + "/soft", D + "/hard"))

    await aiofiles.os.symlink("nowhere", D + "/dangling")
    print("dangling", await aiofiles.os.path.islink(D + "/dangling"),
          await aiofiles.os.path.exists(D + "/dangling"))
    try:
        await aiofiles.os.readlink(D + "/target.txt")
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        await aiofiles.os.symlink("x", D + "/soft")
    except FileExistsError as e:
        print(type(e).__name__, e)

    await aiofiles.os.remove(D + "/target.txt")
    async with aiofiles.open(D + "/hard") as f:
        print("hard link survives:", await f.read())
    print("soft now dangles:", await aiofiles.os.path.exists(D + "/soft"))
    for name in sorted(await aiofiles.os.listdir(D)):
        await aiofiles.os.unlink(D + "/" + name)
    await aiofiles.os.rmdir(D)


asyncio.run(main())
