# The ways aiofiles and its submodules are imported: from-imports of
# submodules and names, aiofiles.os.path as aiofiles.ospath, and errors.
import asyncio
from aiofiles import open as aopen
from aiofiles import os as aos
from aiofiles.os import path as apath
from aiofiles.ospath import exists, getsize
from aiofiles.tempfile import TemporaryDirectory
import aiofiles.ospath
import aiofiles

D = "tmp_io_files_022"


async def main():
    print(aos is aiofiles.os, apath is aiofiles.ospath, exists is aiofiles.os.path.exists)
    print(aos.__name__, apath.__name__, aiofiles.tempfile.__name__)
    print(aopen is aiofiles.open)
    await aos.mkdir(D)
    async with aopen(D + "/f.txt", "w") as f:
        await f.write("12345")
    print(await exists(D + "/f.txt"), await getsize(D + "/f.txt"))
    async with TemporaryDirectory(dir=D) as t:
        print(await apath.isdir(t))
    await aos.remove(D + "/f.txt")
    await aos.rmdir(D)
    print(await exists(D))


def import_errors():
    try:
        import aiofiles.os.path
    except ModuleNotFoundError as e:
        print(type(e).__name__, e)
    try:
        from aiofiles import no_such_name
    except ImportError as e:
        print(type(e).__name__)
    try:
        import aiofiles.no_such_module
    except ModuleNotFoundError as e:
        print(type(e).__name__, e.name)


asyncio.run(main())
import_errors()
