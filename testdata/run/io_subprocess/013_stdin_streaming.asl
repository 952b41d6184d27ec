# Writing to proc.stdin piece by piece with drain, closing it, and reading
# what the process made of it.
import asyncio
from asyncio.subprocess import PIPE


async def main():
    proc = await asyncio.create_subprocess_exec("tr", "a-z", "A-Z", stdin=PIPE, stdout=PIPE)
    for word in [b"one ", b"two ", b"three\n"]:
        proc.stdin.write(word)
        await proc.stdin.drain()
    proc.stdin.close()
    print(await proc.stdout.read())
    print(await proc.wait())

    proc = await asyncio.create_subprocess_exec("cat", stdin=PIPE, stdout=PIPE)
    replies = []
    for i in range(5):
        proc.stdin.write(b"ping %d\n" % i)
        await proc.stdin.drain()
        replies.append(await proc.stdout.readline())
    proc.stdin.close()
    print(replies)
    print("eof:", await proc.stdout.read(), await proc.wait())

    proc = await asyncio.create_subprocess_exec("wc", "-l", stdin=PIPE, stdout=PIPE)
    proc.stdin.writelines([b"a\n", b"b\n", b"c\n"])
    await proc.stdin.drain()
    proc.stdin.write_eof()
    print("wc says", (await proc.stdout.read()).strip())
    await proc.wait()


asyncio.run(main())
