# Input to a process that never reads it: communicate still returns, and
# the process's own exit status is reported.
import asyncio
from asyncio.subprocess import PIPE


async def main():
    proc = await asyncio.create_subprocess_exec("true", stdin=PIPE, stdout=PIPE)
    out, err = await proc.communicate(b"x" * 200000)
    print(out, err, proc.returncode)

    proc = await asyncio.create_subprocess_exec("sh", "-c", "echo early; exit 4",
                                                stdin=PIPE, stdout=PIPE)
    out, _ = await proc.communicate(b"ignored input\n" * 10000)
    print(out, proc.returncode)

    proc = await asyncio.create_subprocess_exec("head", "-n", "2", stdin=PIPE, stdout=PIPE)
    out, _ = await proc.communicate(b"".join(b"%d\n" % i for i in range(50000)))
    print(out, proc.returncode)


asyncio.run(main())
