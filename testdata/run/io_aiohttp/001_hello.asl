# A server and a client in one program: GET a text response.
import asyncio
import aiohttp
from aiohttp import web


async def hello(request):
    return web.Response(text="Hello, async world")


async def bytes_handler(request):
    return web.Response(body=b"\x00\x01raw")


async def start(app):
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    host, port = runner.addresses[0]
    return runner, f'http://{host}:{port}'


async def main():
    app = web.Application()
    app.add_routes([web.get('/', hello), web.get('/raw', bytes_handler)])
    runner, base = await start(app)
    print(len(runner.addresses), runner.addresses[0][0])
    async with aiohttp.ClientSession() as session:
        async with session.get(base + '/') as resp:
            print(resp.status, resp.reason, resp.ok)
            print(resp.content_type, resp.charset, resp.content_length)
            print(repr(await resp.text()))
            print(await resp.read())
            print(resp.headers['Content-Type'], resp.headers['content-type'])
            print(resp.headers.get('Server'))
            print(resp.version, resp.method)
            print(str(resp.url) == base + '/', resp.url.path)
        async with session.get(base + '/raw') as resp:
            print(resp.status, resp.content_type, resp.charset, await resp.read())
        resp = await session.get(base + '/')
        print(resp.status, await resp.text())
        print(session.closed)
    print(session.closed)
    await runner.cleanup()
    print(runner.addresses)


asyncio.run(main())
