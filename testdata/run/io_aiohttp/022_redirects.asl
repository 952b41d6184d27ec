# Redirects: 301, 302, 303 after a POST (the client switches to GET), 307
# (keeps the method), a chain and its history, max_redirects and
# TooManyRedirects, and allow_redirects=False.
import asyncio
import aiohttp
from aiohttp import web


async def hop(request):
    n = int(request.match_info['n'])
    if n == 0:
        return web.Response(text=f"landed via {request.method}")
    raise web.HTTPFound(f'/hop/{n - 1}')


async def perm(request):
    raise web.HTTPMovedPermanently('/hop/0')


async def see_other(request):
    raise web.HTTPSeeOther('/hop/0')


async def temp(request):
    raise web.HTTPTemporaryRedirect('/echo')


async def echo(request):
    return web.Response(text=f"{request.method} {await request.text()}")


async def loop(request):
    raise web.HTTPFound('/loop')


async def start(app):
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    host, port = runner.addresses[0]
    return runner, f'http://{host}:{port}'


async def main():
    app = web.Application()
    app.router.add_get(r'/hop/{n:\d+}', hop)
    app.router.add_get('/perm', perm)
    app.router.add_post('/see', see_other)
    app.router.add_post('/temp', temp)
    app.router.add_post('/echo', echo)
    app.router.add_get('/loop', loop)
    runner, base = await start(app)
    async with aiohttp.ClientSession() as session:
        async with session.get(base + '/hop/3') as resp:
            print(resp.status, await resp.text(), resp.url.path)
            print([(r.status, r.url.path) for r in resp.history])
        async with session.get(base + '/perm') as resp:
            print(resp.status, await resp.text(), [r.status for r in resp.history])
        async with session.post(base + '/see', data='body') as resp:
            print(resp.status, await resp.text(), resp.method)
        async with session.post(base + '/temp', data='kept') as resp:
            print(resp.status, await resp.text())
        async with session.get(base + '/hop/2', allow_redirects=False) as resp:
            print(resp.status, resp.headers['Location'], resp.history)
        try:
            await session.get(base + '/loop', max_redirects=3)
        except aiohttp.TooManyRedirects as e:
            print(type(e).__name__, isinstance(e, aiohttp.ClientResponseError))
        async with session.get(base + '/hop/5', max_redirects=5) as resp:
            print(resp.status, len(resp.history))
    await runner.cleanup()


asyncio.run(main())
