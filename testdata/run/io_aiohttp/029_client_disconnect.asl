# A client that gives up (its timeout) while the handler still works: the
# handler is cancelled, as aiohttp cancels the handlers of lost clients,
# and the server serves the next request.
import asyncio
import aiohttp
from aiohttp import web

log = []


async def slow(request):
    log.append('slow started')
    try:
        await asyncio.sleep(5)
        log.append('slow finished')
    except asyncio.CancelledError:
        log.append('slow cancelled')
        raise
    return web.Response(text="too late")


async def fast(request):
    return web.Response(text="fast")


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
    app.router.add_get('/fast', fast)
    runner, base = await start(app)
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=0.3)) as session:
        try:
            await session.get(base + '/slow')
        except asyncio.TimeoutError:
            print('client timed out')
        await asyncio.sleep(0.3)
        print(log)
        async with session.get(base + '/fast') as resp:
            print(resp.status, await resp.text())
    await runner.cleanup()


asyncio.run(main())
