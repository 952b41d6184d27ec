# HEAD: add_get answers HEAD too (no body, same headers) unless
# allow_head=False; an explicit HEAD route; 405 lists the methods.
import asyncio
import aiohttp
from aiohttp import web


async def page(request):
    return web.Response(text="0123456789", headers={'X-Method': request.method})


async def headless(request):
    return web.Response(text="no head here")


async def only_head(request):
    return web.Response(headers={'X-Only': 'head'})


async def start(app):
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    host, port = runner.addresses[0]
    return runner, f'http://{host}:{port}'


async def main():
    app = web.Application()
    app.router.add_get('/page', page)
    app.router.add_get('/headless', headless, allow_head=False)
    app.router.add_head('/only', only_head)
    runner, base = await start(app)
    async with aiohttp.ClientSession() as session:
        async with session.get(base + '/page') as resp:
            print('GET', resp.status, resp.headers['X-Method'], resp.content_length, await resp.read())
        async with session.head(base + '/page') as resp:
            print('HEAD', resp.status, resp.headers['X-Method'], resp.content_length, await resp.read())
        async with session.head(base + '/headless') as resp:
            print('HEAD headless', resp.status, resp.headers.get('Allow'))
        async with session.head(base + '/only') as resp:
            print('HEAD only', resp.status, resp.headers.get('X-Only'))
        async with session.get(base + '/only') as resp:
            print('GET only', resp.status, resp.headers.get('Allow'), await resp.text())
        async with session.head(base + '/missing') as resp:
            print('HEAD missing', resp.status, await resp.read())
    await runner.cleanup()


asyncio.run(main())
