import asyncio
import re
from urllib.parse import urljoin, urldefrag

import aiohttp

HREF = re.compile(r'href="([^"]+)"')


class AsyncCrawler:
    def __init__(self, root: str, max_pages: int = 50, concurrency: int = 5) -> None:
        self.root = root
        self.max_pages = max_pages
        self.sem = asyncio.Semaphore(concurrency)
        self.seen: set[str] = set()
        self.todo: asyncio.Queue[str] = asyncio.Queue()
        self.graph: dict[str, set[str]] = {}

    async def fetch(self, session: aiohttp.ClientSession, url: str) -> str | None:
        async with self.sem:
            try:
                async with session.get(url, allow_redirects=True) as resp:
                    if resp.status != 200 or "html" not in resp.headers.get("content-type", ""):
                        return None
                    return await resp.text(errors="ignore")
            except (aiohttp.ClientError, asyncio.TimeoutError):
                return None

    def links(self, base: str, html: str) -> set[str]:
        return {
            urldefrag(urljoin(base, href))[0]
            for href in HREF.findall(html)
            if not href.startswith(("mailto:", "javascript:"))
        }

    async def worker(self, session: aiohttp.ClientSession) -> None:
        while True:
            url = await self.todo.get()
            try:
                if (html := await self.fetch(session, url)) is not None:
                    found = self.links(url, html)
                    self.graph[url] = found
                    for link in found - self.seen:
                        if link.startswith(self.root) and len(self.seen) < self.max_pages:
                            self.seen.add(link)
                            self.todo.put_nowait(link)
            finally:
                self.todo.task_done()

    async def crawl(self) -> dict[str, set[str]]:
        self.seen.add(self.root)
        await self.todo.put(self.root)
        timeout = aiohttp.ClientTimeout(total=10)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            workers = [asyncio.create_task(self.worker(session)) for _ in range(5)]
            await self.todo.join()
            for w in workers:
                w.cancel()
            await asyncio.gather(*workers, return_exceptions=True)
        return self.graph


if __name__ == "__main__":
    graph = asyncio.run(AsyncCrawler("https://example.com/").crawl())
    for page, outs in sorted(graph.items(), key=lambda kv: -len(kv[1])):
        print(f"{len(outs):4d} {page}")
