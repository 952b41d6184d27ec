# Routes with {name} and {name:regex} path parameters, and match_info.
import asyncio
import aiohttp
from aiohttp import web


async def user(request):
    name = request.match_info['name']
    return web.Response(text=f"user {name}")


async def item(request):
    num = int(request.match_info['id'])
    return web.Response(text=f"item {num * 2}")


async def files(request):
    return web.Response(text="file " + request.match_info.get('path', '?'))


async def pair(request):
    mi = request.match_info
    return web.Response(text=f"{mi['a']}-{mi['b']} {sorted(mi.keys())}")


async def start(app):
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    host, port = runner.addresses[0]
    return runner, f'http://{host}:{port}'


async def main():
    app = web.Application()
    app.router.add_get('/users/{name}', user)
    app.router.add_get(r'/items/{id:\d+}', item)
    app.router.add_get('/files/{path:.*}', files)
    app.router.add_get('/pair/{a}/{b}', pair)
    runner, base = await start(app)
    async with aiohttp.ClientSession() as session:
        for path in ['/users/alice', '/users/bob', '/users/', '/users/a/b',
                     '/items/21', '/items/abc', '/files/a/b/c.txt', '/files/',
                     '/pair/x/y', '/pair/x', '/users/caf%C3%A9']:
            async with session.get(base + path) as resp:
                print(path, resp.status, await resp.text())
    await runner.cleanup()


asyncio.run(main())
