# StreamResponse: prepare, write pieces, write_eof; the client reads the
# whole body. Also a Response prepared by the handler itself.
import asyncio
import aiohttp
from aiohttp import web

events = []


async def stream(request):
    resp = web.StreamResponse(status=200, headers={'X-Stream': '1'})
    resp.content_type = 'text/plain'
    events.append(('prepared before', resp.prepared))
    await resp.prepare(request)
    events.append(('prepared after', resp.prepared))
    n = int(request.query.get('n', '3'))
    for i in range(n):
        await resp.write(f"line {i}\n".encode())
        await asyncio.sleep(0.01)
    await resp.write_eof()
    try:
        await resp.write(b'late')
    except RuntimeError as e:
        events.append((type(e).__name__, str(e)))
    return resp


async def self_prepared(request):
    resp = web.Response(text="prepared by hand")
    await resp.prepare(request)
    await resp.write_eof()
    return resp


async def bad_write(request):
    resp = web.StreamResponse()
    try:
        await resp.write(b'x')
    except RuntimeError as e:
        events.append((type(e).__name__, str(e)))
    await resp.prepare(request)
    await resp.write(b'fine')
    return resp


async def start(app):
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    host, port = runner.addresses[0]
    return runner, f'http://{host}:{port}'


async def main():
    app = web.Application()
    app.router.add_get('/stream', stream)
    app.router.add_get('/self', self_prepared)
    app.router.add_get('/bad', bad_write)
    runner, base = await start(app)
    async with aiohttp.ClientSession() as session:
        async with session.get(base + '/stream') as resp:
            print(resp.status, resp.content_type, resp.headers.get('X-Stream'))
            print(repr(await resp.text()))
        async with session.get(base + '/stream', params={'n': 5}) as resp:
            print((await resp.text()).splitlines())
        async with session.get(base + '/self') as resp:
            print(resp.status, await resp.text())
        async with session.get(base + '/bad') as resp:
            print(resp.status, await resp.read())
    await runner.cleanup()
    for e in events:
        print(*e)


asyncio.run(main())
