# Reading proc.stdout line by line: readline and async for, while the
# process is still writing.
import asyncio
from asyncio.subprocess import PIPE


async def main():
    proc = await asyncio.create_subprocess_shell(
        "for i in 1 2 3 4 5; do echo row $i; done", stdout=PIPE)
    while True:
        line = await proc.stdout.readline()
        if not line:
            break
        print("readline:", line)
    print("rc", await proc.wait())

    proc = await asyncio.create_subprocess_exec(
        "sh", "-c", "echo first; sleep 0.05; echo second; sleep 0.05; echo third", stdout=PIPE)
    lines = []
    async for line in proc.stdout:
        lines.append(line.decode().strip())
    print(lines, await proc.wait())

    proc = await asyncio.create_subprocess_exec("printf", "a,b,c,", stdout=PIPE)
    parts = []
    while True:
        try:
            parts.append(await proc.stdout.readuntil(b","))
        except asyncio.IncompleteReadError as e:
            print("last partial:", e.partial)
            break
    print(parts, await proc.wait())

    proc = await asyncio.create_subprocess_exec("printf", "12345678", stdout=PIPE)
    print(await proc.stdout.readexactly(3), await proc.stdout.read(2), await proc.stdout.read())
    print(proc.stdout.at_eof(), await proc.wait())


asyncio.run(main())
