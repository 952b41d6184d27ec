# Middlewares: the order they run in, changing the response, catching
# HTTPExceptions (a custom 404 page) and passing state through request[...].
import asyncio
import aiohttp
from aiohttp import web

log = []


@web.middleware
async def outer(request, handler):
    log.append('outer in')
    request['trace'] = ['outer']
    resp = await handler(request)
    resp.headers['X-Outer'] = 'yes'
    log.append('outer out')
    return resp


@web.middleware
async def inner(request, handler):
    log.append('inner in')
    request['trace'].append('inner')
    try:
        resp = await handler(request)
    except web.HTTPNotFound:
        log.append('inner 404')
        return web.Response(status=404, text="custom not found: " + request.path)
    log.append('inner out')
    return resp


@web.middleware
async def timing(request, handler):
    resp = await handler(request)
    resp.headers['X-Seen-By'] = ','.join(request['trace'])
    return resp


async def hello(request):
    log.append('handler')
    return web.Response(text="trace " + '>'.join(request['trace']))


async def start(app):
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    host, port = runner.addresses[0]
    return runner, f'http://{host}:{port}'


async def main():
    app = web.Application(middlewares=[outer, inner, timing])
    app.router.add_get('/', hello)
    runner, base = await start(app)
    async with aiohttp.ClientSession() as session:
        async with session.get(base + '/') as resp:
            print(resp.status, await resp.text(), resp.headers.get('X-Outer'), resp.headers.get('X-Seen-By'))
        print(log)
        log.clear()
        async with session.get(base + '/nowhere') as resp:
            print(resp.status, await resp.text(), resp.headers.get('X-Outer'), resp.headers.get('X-Seen-By'))
        print(log)
    await runner.cleanup()


asyncio.run(main())
