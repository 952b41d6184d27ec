# A program that does not exist: FileNotFoundError from
# create_subprocess_exec; a directory: PermissionError.
import asyncio


async def main():
    try:
        await asyncio.create_subprocess_exec("no-such-program-xyz")
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.filename)
    try:
        await asyncio.create_subprocess_exec("./no/such/path/prog")
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
    try:
        await asyncio.create_subprocess_exec("/")
    except PermissionError as e:
        print(type(e).__name__, e.errno)
    try:
        await asyncio.create_subprocess_exec("echo", "x", cwd="no_such_dir_here")
    except FileNotFoundError as e:
        print("bad cwd:", type(e).__name__, e.errno)
    results = await asyncio.gather(
        asyncio.create_subprocess_exec("missing-one"),
        asyncio.create_subprocess_exec("true"),
        return_exceptions=True)
    print(type(results[0]).__name__, type(results[1]).__name__)
    print(await results[1].wait())


asyncio.run(main())
