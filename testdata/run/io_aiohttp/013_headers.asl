# Headers are case-insensitive both ways: request headers the client
# sends, response headers the handler sets, repeated headers, defaults.
import asyncio
import aiohttp
from aiohttp import web


async def inspect(request):
    h = request.headers
    lines = [
        f"x-token={h.get('x-token')} X-TOKEN={h['X-TOKEN']}",
        f"missing={h.get('X-Missing', 'none')} in={'X-Token' in h} {'x-nope' in h}",
        f"ua={h['User-Agent']}",
        f"accept={h.get('Accept')}",
        f"host ok={h['Host'] == request.host}",
        f"multi={h.getall('X-Multi', [])}",
        f"session={h.get('X-Session')}",
    ]
    resp = web.Response(text="\n".join(lines), headers={'X-Reply': 'r1'})
    resp.headers['x-lower'] = 'low'
    resp.headers.add('X-Many', 'a')
    resp.headers.add('X-Many', 'b')
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
    app.router.add_get('/h', inspect)
    runner, base = await start(app)
    async with aiohttp.ClientSession(headers={'X-Session': 'sess'}) as session:
        async with session.get(base + '/h', headers={'X-Token': 'abc'}) as resp:
            print(await resp.text())
            h = resp.headers
            print(h['x-reply'], h['X-REPLY'], h.get('X-Lower'), h.getall('x-many'))
            print('content-length' in h, h['Content-Length'], type(h).__name__)
        async with session.get(base + '/h', headers={'x-token': 'low', 'User-Agent': 'custom/1.0'}) as resp:
            print(await resp.text())
        async with session.get(base + '/h', headers=[('X-Token', 't'), ('X-Multi', '1'), ('X-Multi', '2')]) as resp:
            print(await resp.text())
    await runner.cleanup()


asyncio.run(main())
