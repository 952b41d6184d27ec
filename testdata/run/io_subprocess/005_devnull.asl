# DEVNULL: output thrown away, input empty.
import asyncio
from asyncio.subprocess import DEVNULL, PIPE


async def main():
    proc = await asyncio.create_subprocess_exec("echo", "you will not see this", stdout=DEVNULL)
    print("rc", await proc.wait(), "stdout attr", proc.stdout)

    proc = await asyncio.create_subprocess_exec("cat", stdin=DEVNULL, stdout=PIPE)
    out, _ = await proc.communicate()
    print("cat of /dev/null:", out, proc.returncode)

    proc = await asyncio.create_subprocess_shell("echo kept; echo dropped >&2",
                                                 stdout=PIPE, stderr=DEVNULL)
    out, err = await proc.communicate()
    print(out, err)

    proc = await asyncio.create_subprocess_exec("wc", "-c", stdin=DEVNULL, stdout=PIPE)
    out, _ = await proc.communicate()
    print("wc -c:", out.strip())


asyncio.run(main())
