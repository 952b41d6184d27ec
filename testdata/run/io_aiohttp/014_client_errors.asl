# Client errors: a refused connection (ClientConnectorError), raise_for_status
# (ClientResponseError), ContentTypeError from json(), and an invalid URL.
import asyncio
import aiohttp
from aiohttp import web


async def teapot(request):
    raise web.HTTPServiceUnavailable(text="busy")


async def text(request):
    return web.Response(text="plain words")


async def start(app):
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    host, port = runner.addresses[0]
    return runner, f'http://{host}:{port}', port


async def main():
    app = web.Application()
    app.router.add_get('/busy', teapot)
    app.router.add_get('/text', text)
    runner, base, port = await start(app)
    async with aiohttp.ClientSession() as session:
        async with session.get(base + '/busy') as resp:
            print(resp.status, resp.ok)
            try:
                resp.raise_for_status()
            except aiohttp.ClientResponseError as e:
                print(type(e).__name__, e.status, e.message, e.request_info.method)
                print(isinstance(e, aiohttp.ClientError), str(e).startswith('503, message='))
        try:
            await session.get(base + '/busy', raise_for_status=True)
        except aiohttp.ClientResponseError as e:
            print('raised', e.status, e.message)
        async with session.get(base + '/text') as resp:
            try:
                await resp.json()
            except aiohttp.ContentTypeError as e:
                print(type(e).__name__, e.message)
            print(await resp.json(content_type=None) if False else 'skip')
        try:
            await session.get('no-scheme-here')
        except aiohttp.InvalidURL as e:
            print(type(e).__name__, e)
    await runner.cleanup()
    async with aiohttp.ClientSession() as session:
        try:
            await session.get(base + '/text')
        except aiohttp.ClientConnectorError as e:
            print(type(e).__name__, e.host, e.port == port)
            print(isinstance(e, aiohttp.ClientConnectionError), isinstance(e, OSError))
            print(type(e.os_error).__name__, e.os_error.errno, e.errno, e.strerror == e.os_error.strerror)
            print(repr(e).startswith("ClientConnectorError(ConnectionKey(host='127.0.0.1'"))
            print(str(e) == f"Cannot connect to host 127.0.0.1:{port} ssl:default [Connect call failed ('127.0.0.1', {port})]")
    async with aiohttp.ClientSession(raise_for_status=True) as session:
        print(session.closed)
    try:
        await session.get(base + '/text')
    except RuntimeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
