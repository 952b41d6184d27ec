# HTTPExceptions returned rather than raised are sent as responses too,
# and a middleware sees them as responses.
import asyncio
import aiohttp
from aiohttp import web

seen = []


@web.middleware
async def record(request, handler):
    try:
        resp = await handler(request)
        seen.append(('returned', type(resp).__name__, resp.status))
        return resp
    except web.HTTPException as exc:
        seen.append(('raised', type(exc).__name__, exc.status))
        raise


async def returns_404(request):
    return web.HTTPNotFound(text="returned, not raised")


async def raises_404(request):
    raise web.HTTPNotFound(text="raised")


async def returns_redirect(request):
    return web.HTTPFound('/target')


async def target(request):
    return web.Response(text="target")


async def start(app):
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    host, port = runner.addresses[0]
    return runner, f'http://{host}:{port}'


async def main():
    app = web.Application(middlewares=[record])
    app.router.add_get('/ret', returns_404)
    app.router.add_get('/raise', raises_404)
    app.router.add_get('/redir', returns_redirect)
    app.router.add_get('/target', target)
    runner, base = await start(app)
    async with aiohttp.ClientSession() as session:
        for path in ['/ret', '/raise', '/redir', '/nowhere']:
            async with session.get(base + path) as resp:
                print(path, resp.status, await resp.text())
    for s in seen:
        print(*s)
    await runner.cleanup()


asyncio.run(main())
