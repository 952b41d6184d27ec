# Two applications on two sites in one program, each with its own state,
# one calling the other as a client (a small proxy).
import asyncio
import aiohttp
from aiohttp import web


async def backend_item(request):
    request.app['hits'][0] += 1
    return web.json_response({'item': request.match_info['name'], 'hits': request.app['hits'][0]})


async def proxy(request):
    url = request.app['backend'] + '/item/' + request.match_info['name']
    async with request.app['session'].get(url) as resp:
        data = await resp.json()
    data['via'] = 'proxy'
    return web.json_response(data, status=resp.status)


async def open_session(app):
    app['session'] = aiohttp.ClientSession()


async def close_session(app):
    await app['session'].close()
    print('proxy session closed')


async def serve(app):
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    host, port = runner.addresses[0]
    return runner, f'http://{host}:{port}'


async def main():
    backend = web.Application()
    backend['hits'] = [0]
    backend.router.add_get('/item/{name}', backend_item)
    b_runner, b_url = await serve(backend)

    front = web.Application()
    front['backend'] = b_url
    front.on_startup.append(open_session)
    front.on_cleanup.append(close_session)
    front.router.add_get('/p/{name}', proxy)
    f_runner, f_url = await serve(front)
    print(b_url != f_url)

    async with aiohttp.ClientSession() as session:
        for name in ['apple', 'pear', 'apple']:
            async with session.get(f'{f_url}/p/{name}') as resp:
                print(resp.status, await resp.json())
    await f_runner.cleanup()
    await b_runner.cleanup()
    print(backend['hits'])


asyncio.run(main())
