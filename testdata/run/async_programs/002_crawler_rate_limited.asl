# A crawler with a concurrency limit (Semaphore), retries and a visited set.
import asyncio

WEB = {
    "home": ["news", "blog", "shop"],
    "news": ["news/1", "news/2", "home"],
    "blog": ["blog/a", "flaky"],
    "shop": ["shop/cart", "gone"],
    "news/1": [], "news/2": ["blog"], "blog/a": [], "shop/cart": ["home"],
    "flaky": ["flaky/deep"], "flaky/deep": [],
}
failures_left = {"flaky": 2}


class Crawler:
    def __init__(self, limit):
        self.sem = asyncio.Semaphore(limit)
        self.active = 0
        self.peak = 0
        self.visited = set()
        self.errors = {}
        self.attempts = {}

    async def fetch(self, page):
        async with self.sem:
            self.active += 1
            self.peak = max(self.peak, self.active)
            try:
                await asyncio.sleep(0.002)
                self.attempts[page] = self.attempts.get(page, 0) + 1
                if failures_left.get(page, 0) > 0:
                    failures_left[page] -= 1
                    raise ConnectionError(f"{page}: reset")
                if page not in WEB:
                    raise LookupError(f"{page}: 404")
                return WEB[page]
            finally:
                self.active -= 1

    async def visit(self, page):
        for attempt in range(3):
            try:
                links = await self.fetch(page)
                break
            except ConnectionError:
                await asyncio.sleep(0.001 * (2 ** attempt))
            except LookupError as e:
                self.errors[page] = str(e)
                return
        else:
            self.errors[page] = "gave up"
            return
        new = [l for l in links if l not in self.visited]
        self.visited.update(new)
        await asyncio.gather(*(self.visit(l) for l in new))

    async def run(self, start):
        self.visited.add(start)
        await self.visit(start)


async def main():
    c = Crawler(limit=2)
    await c.run("home")
    print("visited:", sorted(c.visited))
    print("errors:", c.errors)
    print("peak concurrency:", c.peak)
    print("retried:", {p: n for p, n in sorted(c.attempts.items()) if n > 1})


asyncio.run(main())
