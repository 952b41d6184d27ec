# Async iterators written as classes with __aiter__ and __anext__.
import asyncio


class Countdown:
    def __init__(self, start):
        self.n = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n + 1


class Pages:
    """Simulated paginated API: each page fetch is an await."""

    def __init__(self, data, size):
        self.data = data
        self.size = size

    def __aiter__(self):
        return PageIter(self)


class PageIter:
    def __init__(self, pages):
        self.pages = pages
        self.offset = 0
        self.fetches = 0

    async def __anext__(self):
        if self.offset >= len(self.pages.data):
            raise StopAsyncIteration
        await asyncio.sleep(0.001)
        self.fetches += 1
        page = self.pages.data[self.offset:self.offset + self.pages.size]
        self.offset += self.pages.size
        return page


async def main():
    print([x async for x in Countdown(4)])
    c = Countdown(2)
    print(await anext(c), await anext(c), await anext(c, "done"))
    pages = Pages(list(range(11)), 4)
    async for page in pages:
        print("page", page)
    it = aiter(pages)
    first = await anext(it)
    print("fresh iterator per aiter:", first, it.fetches)
    print(sum([sum(p) async for p in pages]))

    class NotAsync:
        def __iter__(self):
            return iter([1])

    try:
        async for x in NotAsync():
            pass
    except TypeError as e:
        print("TypeError", e)
    try:
        await anext(iter([1, 2]))
    except TypeError as e:
        print("TypeError", e)

    class BadAiter:
        def __aiter__(self):
            return 42

    try:
        async for x in BadAiter():
            pass
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
