# JSON in and out: request.json(), json_response, resp.json(), json= on
# the client, and a handler that rejects bad JSON with HTTPBadRequest.
import asyncio
import json
import aiohttp
from aiohttp import web


async def add(request):
    try:
        data = await request.json()
    except ValueError:
        raise web.HTTPBadRequest(text="bad json")
    if not isinstance(data, dict) or 'a' not in data or 'b' not in data:
        return web.json_response({'error': 'need a and b'}, status=422)
    return web.json_response({'sum': data['a'] + data['b'], 'keys': sorted(data)})


async def echo(request):
    return web.json_response(await request.json())


async def start(app):
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    host, port = runner.addresses[0]
    return runner, f'http://{host}:{port}'


async def main():
    app = web.Application()
    app.router.add_post('/add', add)
    app.router.add_post('/echo', echo)
    runner, base = await start(app)
    async with aiohttp.ClientSession() as session:
        async with session.post(base + '/add', json={'a': 2, 'b': 40}) as resp:
            print(resp.status, resp.content_type, resp.charset)
            print(await resp.json())
        async with session.post(base + '/add', json={'a': 1}) as resp:
            print(resp.status, resp.reason, await resp.json())
        async with session.post(base + '/add', data='{not json') as resp:
            print(resp.status, await resp.text())
        doc = {'s': 'caf\u00e9', 'n': None, 'l': [1, 2.5, True], 'd': {'x': {}}}
        async with session.post(base + '/echo', json=doc) as resp:
            got = await resp.json()
            print(got == doc, got)
            print(await resp.text())
        async with session.post(base + '/echo', data=json.dumps([1, 2]),
                                headers={'Content-Type': 'application/json'}) as resp:
            print(await resp.json())
        try:
            session.post(base + '/echo', json={}, data='x')
        except ValueError as e:
            print(type(e).__name__, e)
        try:
            await session.post(base + '/echo', json={}, data='x')
        except ValueError as e:
            print(type(e).__name__, e)
    await runner.cleanup()


asyncio.run(main())
