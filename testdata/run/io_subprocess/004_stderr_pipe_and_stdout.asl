# stderr=PIPE keeps the streams apart; stderr=STDOUT merges them.
import asyncio
from asyncio.subprocess import PIPE, STDOUT

SCRIPT = "echo out1; echo err1 >&2; echo out2; echo err2 >&2"


async def main():
    proc = await asyncio.create_subprocess_shell(SCRIPT, stdout=PIPE, stderr=PIPE)
    out, err = await proc.communicate()
    print("stdout:", out)
    print("stderr:", err)

    proc = await asyncio.create_subprocess_shell(SCRIPT, stdout=PIPE, stderr=STDOUT)
    out, err = await proc.communicate()
    print("merged:", out)
    print("stderr is None:", err is None, proc.stderr is None)

    proc = await asyncio.create_subprocess_exec("sh", "-c", "echo only err >&2; exit 5",
                                                stderr=PIPE)
    line = await proc.stderr.readline()
    print(line, await proc.wait())
    print("constants", asyncio.subprocess.PIPE, asyncio.subprocess.STDOUT,
          asyncio.subprocess.DEVNULL)


asyncio.run(main())
