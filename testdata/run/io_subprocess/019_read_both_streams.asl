# Reading stdout and stderr concurrently, line by line, from one process.
import asyncio
from asyncio.subprocess import PIPE


async def collect(stream, tag):
    lines = []
    async for line in stream:
        lines.append(tag + ":" + line.decode().rstrip())
    return lines


async def main():
    proc = await asyncio.create_subprocess_shell(
        "for i in 1 2 3; do echo out$i; echo err$i >&2; done; exit 7",
        stdout=PIPE, stderr=PIPE)
    out, err = await asyncio.gather(collect(proc.stdout, "O"), collect(proc.stderr, "E"))
    print(out)
    print(err)
    print("rc", await proc.wait())


asyncio.run(main())
