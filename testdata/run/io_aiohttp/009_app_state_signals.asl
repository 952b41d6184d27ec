# Application state (app['key']), on_startup / on_shutdown / on_cleanup in
# order, cleanup_ctx, and request.app inside a handler.
import asyncio
import aiohttp
from aiohttp import web

events = []


async def on_startup(app):
    events.append('startup')
    app['counter'] = 0


async def on_shutdown(app):
    events.append('shutdown ' + str(app['counter']))


async def on_cleanup(app):
    events.append('cleanup')


async def resource_ctx(app):
    events.append('ctx open')
    app['resource'] = 'db'
    yield
    events.append('ctx close')


async def count(request):
    request.app['counter'] += 1
    return web.Response(text=f"{request.app['counter']} {request.app['resource']} {request.app['name']}")


async def main():
    app = web.Application()
    app['name'] = 'demo'
    app.on_startup.append(on_startup)
    app.on_shutdown.append(on_shutdown)
    app.on_cleanup.append(on_cleanup)
    app.cleanup_ctx.append(resource_ctx)
    app.router.add_get('/count', count)
    print('name' in app, len(app), app.get('missing', 'dflt'), app.frozen)
    runner = web.AppRunner(app)
    await runner.setup()
    print(events, app.frozen)
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    host, port = runner.addresses[0]
    base = f'http://{host}:{port}'
    async with aiohttp.ClientSession() as session:
        for _ in range(3):
            async with session.get(base + '/count') as resp:
                print(await resp.text())
    await runner.cleanup()
    print(events)
    print(sorted(app))
    try:
        app.router.add_get('/late', count)
    except RuntimeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
