# communicate(input): the input goes to stdin, the output comes back.
import asyncio
from asyncio.subprocess import PIPE


async def run(args, data):
    proc = await asyncio.create_subprocess_exec(*args, stdin=PIPE, stdout=PIPE)
    out, err = await proc.communicate(data)
    return out, err, proc.returncode


async def main():
    print(await run(["cat"], b"echo through cat\n"))
    print(await run(["tr", "a-z", "A-Z"], b"shout this\n"))
    print(await run(["sort"], b"pear\napple\nfig\n"))
    print(await run(["wc", "-l"], b"1\n2\n3\n4\n"))
    print(await run(["cat"], b""))
    big = b"".join(b"%05d\n" % i for i in range(20000))
    out, err, rc = await run(["cat"], big)
    print("big round trip", len(out), out == big, rc)
    out, err, rc = await run(["head", "-c", "10"], big)
    print("head -c 10:", out, rc)
    out, err, rc = await run(["sort", "-r"], big)
    print("sorted reversed:", out[:12], rc)


asyncio.run(main())
