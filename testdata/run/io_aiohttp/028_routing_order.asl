# How routes are matched: in the order added, plain paths and patterns
# alike, a catch-all last; duplicate methods are refused; trailing slashes
# are distinct paths; router introspection.
import asyncio
import aiohttp
from aiohttp import web


def handler(label):
    async def h(request):
        return web.Response(text=f"{label} {dict(request.match_info)}")
    return h


async def start(app):
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    host, port = runner.addresses[0]
    return runner, f'http://{host}:{port}'


async def main():
    app = web.Application()
    app.router.add_get('/users/me', handler('me'))
    app.router.add_get('/users/{id}', handler('user'))
    app.router.add_get('/users/{id}/posts/{post:[0-9]+}', handler('post'))
    app.router.add_get('/dir/', handler('dir slash'))
    app.router.add_get('/dir', handler('dir'))
    app.router.add_get('/{tail:.*}', handler('catch-all'))
    try:
        app.router.add_get('/users/me', handler('again'))
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(len(app.router.resources()), len(app.router.routes()))
    print(sorted({r.method for r in app.router.routes()}))
    runner, base = await start(app)
    async with aiohttp.ClientSession() as session:
        for path in ['/users/me', '/users/42', '/users/42/posts/7', '/users/42/posts/x',
                     '/dir/', '/dir', '/', '/some/where/else']:
            async with session.get(base + path) as resp:
                print(path, resp.status, await resp.text())
    await runner.cleanup()


asyncio.run(main())
