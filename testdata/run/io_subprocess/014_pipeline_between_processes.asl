# Feeding one process's output into another by hand: a pipeline of
# printf, sort and head built from three subprocesses.
import asyncio
from asyncio.subprocess import PIPE


async def stage(args, data):
    proc = await asyncio.create_subprocess_exec(*args, stdin=PIPE, stdout=PIPE)
    out, _ = await proc.communicate(data)
    return out, proc.returncode


async def main():
    gen = await asyncio.create_subprocess_exec(
        "printf", "%s\n", "kiwi", "apple", "mango", "banana", "cherry", "apple", stdout=PIPE)
    words, _ = await gen.communicate()
    print("generated", words.count(b"\n"), "lines")
    sorted_words, rc1 = await stage(["sort", "-u"], words)
    print(sorted_words.split(), rc1)
    top, rc2 = await stage(["head", "-n", "3"], sorted_words)
    print(top.split(), rc2)
    count, rc3 = await stage(["wc", "-w"], top)
    print(int(count), rc3)


asyncio.run(main())
