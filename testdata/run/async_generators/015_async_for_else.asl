# async for with else, continue and nested loops.
import asyncio


async def letters(s):
    for ch in s:
        await asyncio.sleep(0)
        yield ch


async def find(s, target):
    async for ch in letters(s):
        if ch == target:
            return f"found {target}"
    else:
        return f"no {target}"


async def main():
    print(await find("hello", "l"), "|", await find("hello", "z"))
    out = []
    async for ch in letters("a-b-c"):
        if ch == "-":
            continue
        out.append(ch.upper())
    else:
        out.append("<end>")
    print(out)
    pairs = []
    async for a in letters("xy"):
        async for b in letters("12"):
            pairs.append(a + b)
    print(pairs)
    seen = []
    async for ch in letters("abcdef"):
        seen.append(ch)
        if ch == "c":
            break
    else:
        seen.append("no break")
    print(seen)
    n = 0
    async for _ in letters(""):
        n += 1
    else:
        print("empty loop else, n =", n)


asyncio.run(main())
