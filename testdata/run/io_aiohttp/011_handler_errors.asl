# A handler's exception becomes a 500 (the traceback goes to stderr) and
# the server keeps serving; a handler returning a non-response makes the server drop the connection.
import asyncio
import aiohttp
from aiohttp import web

calls = {'n': 0}


async def flaky(request):
    calls['n'] += 1
    if calls['n'] % 2 == 1:
        raise ZeroDivisionError("odd call")
    return web.Response(text=f"call {calls['n']} ok")


async def wrong(request):
    return "not a response"


async def key_error(request):
    return web.Response(text={}['missing'])


async def start(app):
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    host, port = runner.addresses[0]
    return runner, f'http://{host}:{port}'


async def main():
    app = web.Application()
    app.router.add_get('/flaky', flaky)
    app.router.add_get('/wrong', wrong)
    app.router.add_get('/key', key_error)
    runner, base = await start(app)
    async with aiohttp.ClientSession() as session:
        for _ in range(4):
            async with session.get(base + '/flaky') as resp:
                print(resp.status, resp.reason, repr(await resp.text()))
        async with session.get(base + '/key') as resp:
            print(resp.status, resp.content_type)
            text = await resp.text()
            print(text.splitlines())
        try:
            async with session.get(base + '/wrong') as resp:
                print(resp.status)
        except aiohttp.ServerDisconnectedError as e:
            print(type(e).__name__, e)
        async with session.get(base + '/flaky') as resp:
            print('still serving', resp.status)
    await runner.cleanup()


asyncio.run(main())
