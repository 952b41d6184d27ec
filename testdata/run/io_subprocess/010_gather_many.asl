# Twenty processes at once with gather; results in call order.
import asyncio
from asyncio.subprocess import PIPE


async def run(i):
    proc = await asyncio.create_subprocess_shell(
        "sleep 0.0%d; echo job %d; exit %d" % (i % 5, i, i % 3), stdout=PIPE)
    out, _ = await proc.communicate()
    return i, out.decode().strip(), proc.returncode


async def main():
    results = await asyncio.gather(*(run(i) for i in range(20)))
    for r in results[:6]:
        print(r)
    print("all outputs right:", all(out == "job %d" % i for i, out, _ in results))
    print("exit codes:", [rc for _, _, rc in results])
    pids = set()
    procs = await asyncio.gather(*(asyncio.create_subprocess_exec("true") for _ in range(10)))
    for p in procs:
        pids.add(p.pid)
    print("distinct pids:", len(pids))
    print(await asyncio.gather(*(p.wait() for p in procs)))


asyncio.run(main())
