# Large outputs: communicate reads stdout and stderr together, so a
# process filling both pipes does not block.
import asyncio
from asyncio.subprocess import PIPE


async def main():
    cmd = ("i=0; while [ $i -lt 3000 ]; do echo out line $i; echo err line $i >&2; "
           "i=$((i+1)); done")
    proc = await asyncio.create_subprocess_shell(cmd, stdout=PIPE, stderr=PIPE)
    out, err = await proc.communicate()
    print(len(out), len(err), proc.returncode)
    print(out.splitlines()[-1], err.splitlines()[0])

    proc = await asyncio.create_subprocess_exec("head", "-c", "300000", "/dev/zero", stdout=PIPE)
    total = 0
    while True:
        chunk = await proc.stdout.read(65536)
        if not chunk:
            break
        total += len(chunk)
    print("zeros read:", total, await proc.wait())


asyncio.run(main())
