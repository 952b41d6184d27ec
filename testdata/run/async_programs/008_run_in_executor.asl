# loop.run_in_executor(None, fn, *args) with the default executor.
import asyncio
import functools


def checksum(data):
    total = 0
    for i, ch in enumerate(data):
        total = (total * 31 + ord(ch) * (i + 1)) % 1000003
    return total


def scale(values, factor=1):
    return [v * factor for v in values]


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, checksum, "hello world"))
    print(await loop.run_in_executor(None, functools.partial(scale, factor=3), [1, 2, 3]))
    fut = loop.run_in_executor(None, checksum, "abc")
    print("returns a future:", isinstance(fut, asyncio.Future))
    print(await fut)
    words = ["alpha", "beta", "gamma", "delta"]
    sums = await asyncio.gather(*(loop.run_in_executor(None, checksum, w) for w in words))
    print(dict(zip(words, sums)))
    try:
        await loop.run_in_executor(None, int, "not a number")
    except ValueError as e:
        print("ValueError", e)
    try:
        await asyncio.wait_for(loop.run_in_executor(None, len, "quick"), 1)
        print("quick call within timeout")
    except TimeoutError:
        print("unexpected timeout")


asyncio.run(main())
