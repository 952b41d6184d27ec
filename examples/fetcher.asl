# A concurrent fetcher: it starts a local server with 200 pages (some slow,
# some missing), then fetches them all with at most 20 requests in flight
# on one ClientSession, and prints a summary. It ends by itself.
import asyncio
import time
import aiohttp
from aiohttp import web

PAGES = 200
CONCURRENCY = 20


async def page(request):
    n = int(request.match_info['n'])
    if n % 50 == 49:
        raise web.HTTPNotFound(text=f"page {n} is missing")
    await asyncio.sleep((n % 7) / 100)          # some pages are slower
    return web.json_response({'page': n, 'words': ['w'] * (n % 13)})


async def fetch(session, sem, url):
    async with sem:
        try:
            async with session.get(url) as resp:
                if resp.status != 200:
                    return url, resp.status, None
                data = await resp.json()
                return url, resp.status, len(data['words'])
        except aiohttp.ClientError as exc:
            return url, type(exc).__name__, None


async def main():
    app = web.Application()
    app.router.add_get(r'/page/{n:\d+}', page)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    host, port = runner.addresses[0]
    urls = [f'http://{host}:{port}/page/{n}' for n in range(PAGES)]

    start = time.perf_counter()
    sem = asyncio.Semaphore(CONCURRENCY)
    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(*(fetch(session, sem, u) for u in urls))
    elapsed = time.perf_counter() - start

    ok = [r for r in results if r[1] == 200]
    failed = [r for r in results if r[1] != 200]
    print(f"fetched {len(results)} pages: {len(ok)} ok, {len(failed)} failed")
    print(f"words on the ok pages: {sum(r[2] for r in ok)}")
    for url, status, _ in failed:
        print(f"  {status} {url.rsplit('/', 2)[-2]}/{url.rsplit('/', 1)[-1]}")
    print(f"{CONCURRENCY} requests in flight; done within 2 s: {elapsed < 2}")
    await runner.cleanup()


asyncio.run(main())
