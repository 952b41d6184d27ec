# Arguments reach the program as they are: spaces, quotes, empty strings,
# and non-ASCII text, with no shell in between.
import asyncio
from asyncio.subprocess import PIPE


async def main():
    args = ["plain", "with space", "", "quote'd", 'dq"x', "$HOME", "*", "héllo"]
    proc = await asyncio.create_subprocess_exec("printf", "[%s]\n", *args, stdout=PIPE)
    out, _ = await proc.communicate()
    for line in out.decode().splitlines():
        print(line)
    proc = await asyncio.create_subprocess_exec("sh", "-c", 'echo "$#:$1:$2"', "sh", "a b", "c",
                                                stdout=PIPE)
    out, _ = await proc.communicate()
    print(out)
    proc = await asyncio.create_subprocess_exec("echo", b"bytes arg", stdout=PIPE)
    out, _ = await proc.communicate()
    print(out)


asyncio.run(main())
