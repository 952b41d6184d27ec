# A hand-written "closing" async context manager guarantees aclose after early exit.
import asyncio

log = []


class Closing:
    def __init__(self, agen):
        self.agen = agen

    async def __aenter__(self):
        return self.agen

    async def __aexit__(self, et, ev, tb):
        await self.agen.aclose()
        log.append("closed by helper")
        return False


async def lines(text):
    try:
        for line in text.split("\n"):
            await asyncio.sleep(0)
            yield line
    finally:
        log.append("lines finally")


async def first_matching(text, word):
    async with Closing(lines(text)) as it:
        async for line in it:
            if word in line:
                return line
    return None


async def main():
    text = "alpha one\nbeta two\ngamma three\ndelta four"
    print(await first_matching(text, "two"))
    print(log)
    log.clear()
    print(await first_matching(text, "zzz"))
    print(log)
    log.clear()
    try:
        async with Closing(lines(text)) as it:
            async for line in it:
                raise RuntimeError(f"failed on {line!r}")
    except RuntimeError as e:
        print(e)
    print(log)


asyncio.run(main())
