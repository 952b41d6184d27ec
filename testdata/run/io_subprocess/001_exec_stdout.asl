# create_subprocess_exec with stdout=PIPE: read the output, wait, returncode.
import asyncio
from asyncio.subprocess import PIPE


async def main():
    proc = await asyncio.create_subprocess_exec("echo", "hello", "from", "echo", stdout=PIPE)
    print("pid is an int:", isinstance(proc.pid, int) and proc.pid > 0)
    out = await proc.stdout.read()
    print(out)
    print("wait ->", await proc.wait())
    print("returncode", proc.returncode)
    print("wait again ->", await proc.wait())

    proc = await asyncio.create_subprocess_exec("printf", "%s|%s\n", "a b", "c", stdout=PIPE)
    out, err = await proc.communicate()
    print(out, err, proc.returncode)

    proc = await asyncio.create_subprocess_exec("true")
    print("true:", await proc.wait(), proc.stdout, proc.stderr, proc.stdin)
    proc = await asyncio.create_subprocess_exec("false")
    print("false:", await proc.wait())


asyncio.run(main())
