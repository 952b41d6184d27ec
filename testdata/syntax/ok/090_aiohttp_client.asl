import asyncio
import aiohttp


async def fetch_json(session: aiohttp.ClientSession, url: str, *, retries: int = 3):
    for attempt in range(retries):
        try:
            async with session.get(url, timeout=aiohttp.ClientTimeout(total=5)) as resp:
                resp.raise_for_status()
                return await resp.json()
        except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
            if attempt == retries - 1:
                raise
            await asyncio.sleep(2 ** attempt)


async def main(urls):
    connector = aiohttp.TCPConnector(limit=10)
    async with aiohttp.ClientSession(connector=connector, headers={"User-Agent": "asl"}) as session:
        sem = asyncio.Semaphore(5)

        async def bounded(u):
            async with sem:
                return u, await fetch_json(session, u)

        results = dict(await asyncio.gather(*[bounded(u) for u in urls]))
    return {u: len(str(r)) for u, r in results.items()}


if __name__ == "__main__":
    print(asyncio.run(main(["https://example.com/a.json", "https://example.com/b.json"])))
