# client_max_size: a body over the limit gives 413 once the handler reads
# it; a handler that ignores the body answers normally.
import asyncio
import aiohttp
from aiohttp import web


async def echo_len(request):
    body = await request.read()
    return web.Response(text=f"read {len(body)}")


async def as_text(request):
    try:
        text = await request.text()
    except web.HTTPRequestEntityTooLarge as e:
        return web.Response(text=f"caught {e.status} {e.text}")
    return web.Response(text=f"text {len(text)}")


async def ignore(request):
    return web.Response(text=f"ignored, length {request.content_length}")


async def start(app):
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    host, port = runner.addresses[0]
    return runner, f'http://{host}:{port}'


async def main():
    app = web.Application(client_max_size=100)
    app.router.add_post('/echo', echo_len)
    app.router.add_post('/text', as_text)
    app.router.add_post('/ignore', ignore)
    runner, base = await start(app)
    async with aiohttp.ClientSession() as session:
        for size in [0, 1, 100, 101, 5000]:
            async with session.post(base + '/echo', data=b'x' * size) as resp:
                print(size, resp.status, resp.reason, await resp.text())
        async with session.post(base + '/text', data='y' * 150) as resp:
            print(resp.status, await resp.text())
        async with session.post(base + '/ignore', data=b'z' * 1000) as resp:
            print(resp.status, await resp.text())
        async with session.post(base + '/echo', data=b'ok') as resp:
            print('after', resp.status, await resp.text())
    await runner.cleanup()
    big = web.Application()
    print(big._client_max_size if hasattr(big, '_client_max_size') else 'n/a')


asyncio.run(main())
