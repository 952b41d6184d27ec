# A crawler simulation: fetch pages level by level with gather, following links once.
import asyncio

SITE = {
    "/": ["/a", "/b", "/c"],
    "/a": ["/a/1", "/a/2", "/"],
    "/b": ["/b/1", "/missing"],
    "/c": [],
    "/a/1": ["/b"],
    "/a/2": [],
    "/b/1": ["/a/2", "/c"],
}

fetch_count = {}


async def fetch(url):
    fetch_count[url] = fetch_count.get(url, 0) + 1
    await asyncio.sleep(0.001 * (len(url) % 3))
    if url not in SITE:
        raise KeyError(url)
    return SITE[url]


async def crawl(start, max_depth):
    seen = {start}
    level = [start]
    depth = 0
    broken = []
    while level and depth <= max_depth:
        results = await asyncio.gather(*(fetch(u) for u in level), return_exceptions=True)
        nxt = []
        for url, res in zip(level, results):
            if isinstance(res, KeyError):
                broken.append(url)
                continue
            print(f"depth {depth}: {url} -> {len(res)} links")
            for link in res:
                if link not in seen:
                    seen.add(link)
                    nxt.append(link)
        level = nxt
        depth += 1
    return sorted(seen), broken


async def main():
    seen, broken = await crawl("/", 5)
    print("seen:", seen)
    print("broken:", broken)
    print("each fetched once:", all(v == 1 for v in fetch_count.values()), len(fetch_count))
    fetch_count.clear()
    seen, broken = await crawl("/b", 1)
    print("shallow:", seen, broken)


asyncio.run(main())
