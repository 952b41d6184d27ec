# What a handler can read from its request: method, path, query string,
# version, content type and length, host, url parts, remote, and the
# request's own mapping of values.
import asyncio
import aiohttp
from aiohttp import web


async def inspect(request):
    host, port = request.app['addr']
    out = [
        f"method={request.method} path={request.path}",
        f"query_string={request.query_string!r} raw_path_ok={request.raw_path.startswith(request.path)}",
        f"version={request.version} {tuple(request.version)}",
        f"content_type={request.content_type} charset={request.charset} length={request.content_length}",
        f"can_read_body={request.can_read_body} body_exists={request.body_exists}",
        f"host_ok={request.host == f'{host}:{port}'} remote={request.remote} scheme={request.scheme} secure={request.secure}",
        f"url_path={request.url.path} rel_url={request.rel_url} url_ok={str(request.url).startswith('http://')}",
        f"keep_alive={request.keep_alive} match_info={dict(request.match_info)}",
    ]
    request['note'] = 'set'
    out.append(f"mapping={request['note']} {request.get('other', 'dflt')} {'note' in request} {len(request)}")
    return web.Response(text="\n".join(out))


async def main():
    app = web.Application()
    app.router.add_route('*', '/things/{name}', inspect)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    app_addr = runner.addresses[0]
    app._state['addr'] = app_addr
    host, port = app_addr
    base = f'http://{host}:{port}'
    async with aiohttp.ClientSession() as session:
        async with session.get(base + '/things/box?size=2&color=red') as resp:
            print(await resp.text())
        async with session.post(base + '/things/jar', data='payload', headers={'Content-Type': 'text/csv; charset=latin-1'}) as resp:
            print(await resp.text())
        async with session.put(base + '/things/bag', json={'k': 1}) as resp:
            print(await resp.text())
    await runner.cleanup()


asyncio.run(main())
