# HTTP methods: PUT PATCH DELETE HEAD OPTIONS, add_route('*'), and 405
# with the Allow header when the path exists but the method does not.
import asyncio
import aiohttp
from aiohttp import web


async def show(request):
    body = await request.text()
    return web.Response(text=f"{request.method} {request.path} body={body!r}")


async def start(app):
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    host, port = runner.addresses[0]
    return runner, f'http://{host}:{port}'


async def main():
    app = web.Application()
    app.router.add_get('/r', show)
    app.router.add_put('/r', show)
    app.router.add_patch('/r', show)
    app.router.add_delete('/r', show)
    app.router.add_route('OPTIONS', '/r', show)
    app.router.add_route('*', '/any', show)
    app.router.add_post('/only-post', show)
    runner, base = await start(app)
    async with aiohttp.ClientSession() as session:
        async with session.put(base + '/r', data='p') as resp:
            print(resp.status, await resp.text())
        async with session.patch(base + '/r', data='q') as resp:
            print(resp.status, await resp.text())
        async with session.delete(base + '/r') as resp:
            print(resp.status, await resp.text())
        async with session.head(base + '/r') as resp:
            print('HEAD', resp.status, resp.content_length, repr(await resp.read()))
        async with session.options(base + '/r') as resp:
            print(resp.status, await resp.text())
        for method in ['GET', 'POST', 'DELETE', 'PATCH']:
            async with session.request(method, base + '/any') as resp:
                print(resp.status, await resp.text())
        async with session.get(base + '/only-post') as resp:
            print(resp.status, resp.reason, resp.headers.get('Allow'), await resp.text())
        async with session.post(base + '/r') as resp:
            print(resp.status, resp.headers.get('Allow'), await resp.text())
    await runner.cleanup()


asyncio.run(main())
