# ClientSession features: base_url, default headers, session.request,
# aiohttp.request(), release, closing twice, and using a closed session.
import asyncio
import aiohttp
from aiohttp import web


async def who(request):
    return web.Response(text=f"{request.method} {request.path} {request.headers.get('X-App', '-')} {request.headers.get('X-Req', '-')}")


async def start(app):
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    host, port = runner.addresses[0]
    return runner, f'http://{host}:{port}'


async def main():
    app = web.Application()
    app.router.add_route('*', '/{tail:.*}', who)
    runner, base = await start(app)
    session = aiohttp.ClientSession(base_url=base, headers={'X-App': 'demo'})
    print(session.closed, session.headers['X-App'])
    async with session.get('/one') as resp:
        print(await resp.text())
    async with session.get('/two', headers={'X-Req': 'r'}) as resp:
        print(await resp.text())
    async with session.request('PUT', '/three') as resp:
        print(await resp.text())
    resp = await session.post('/four')
    print(resp.status, await resp.text())
    resp.release()
    await session.close()
    await session.close()
    print(session.closed)
    try:
        await session.get('/five')
    except RuntimeError as e:
        print(type(e).__name__, e)
    async with aiohttp.request('GET', base + '/six') as resp:
        print(resp.status, await resp.text())
    async with aiohttp.ClientSession() as s2:
        tasks = [s2.get(f'{base}/p{i}') for i in range(3)]
        for coro in tasks:
            r = await coro
            print(await r.text())
    await runner.cleanup()


asyncio.run(main())
