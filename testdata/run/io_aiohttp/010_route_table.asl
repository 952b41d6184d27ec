# RouteTableDef decorators, web.route/web.view, named resources, and
# add_routes returning the routes.
import asyncio
import aiohttp
from aiohttp import web

routes = web.RouteTableDef()


@routes.get('/')
async def index(request):
    return web.Response(text="index")


@routes.post('/items')
async def create(request):
    data = await request.json()
    return web.json_response({'created': data['name']}, status=201)


@routes.get('/items/{id}', name='item')
async def show(request):
    return web.Response(text="item " + request.match_info['id'])


@routes.route('DELETE', '/items/{id}')
async def remove(request):
    return web.Response(status=204)


async def extra(request):
    return web.Response(text="extra " + request.method)


async def main():
    print(len(routes), repr(routes))
    app = web.Application()
    app.add_routes(routes)
    added = app.add_routes([web.route('*', '/extra', extra)])
    print(len(added), added[0].method)
    print(app.router['item'].url_for(id='42'))
    print('item' in app.router, len(app.router.routes()) >= 5)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    host, port = runner.addresses[0]
    base = f'http://{host}:{port}'
    async with aiohttp.ClientSession() as session:
        async with session.get(base + '/') as resp:
            print(resp.status, await resp.text())
        async with session.post(base + '/items', json={'name': 'pen'}) as resp:
            print(resp.status, resp.reason, await resp.json())
        async with session.get(base + '/items/7') as resp:
            print(resp.status, await resp.text())
        async with session.delete(base + '/items/7') as resp:
            print(resp.status, resp.reason, repr(await resp.text()))
        async with session.put(base + '/extra') as resp:
            print(resp.status, await resp.text())
    await runner.cleanup()


asyncio.run(main())
