# ClientTimeout: a handler slower than the total timeout gives
# asyncio.TimeoutError; a generous timeout lets it finish.
import asyncio
import aiohttp
from aiohttp import web


async def slow(request):
    await asyncio.sleep(float(request.query.get('t', '0.5')))
    return web.Response(text="finally")


async def start(app):
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    host, port = runner.addresses[0]
    return runner, f'http://{host}:{port}'


async def main():
    app = web.Application()
    app.router.add_get('/slow', slow)
    runner, base = await start(app)
    t = aiohttp.ClientTimeout(total=0.2)
    print(t)
    print(aiohttp.ClientTimeout(total=5) == aiohttp.ClientTimeout(total=5))
    async with aiohttp.ClientSession(timeout=t) as session:
        print(session.timeout.total)
        try:
            await session.get(base + '/slow', params={'t': '1'})
        except asyncio.TimeoutError as e:
            print('timed out', type(e).__name__, repr(str(e)))
        async with session.get(base + '/slow', params={'t': '0.01'}) as resp:
            print(resp.status, await resp.text())
        async with session.get(base + '/slow', params={'t': '0.3'}, timeout=aiohttp.ClientTimeout(total=3)) as resp:
            print(resp.status, await resp.text())
    await runner.cleanup()


asyncio.run(main())
