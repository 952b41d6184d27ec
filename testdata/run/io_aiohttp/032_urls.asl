# URLs on both sides: the client's resp.url and its parts, request.url and
# rel_url in the handler, url_for of named routes, query strings built from
# params, and percent-encoded paths.
import asyncio
import aiohttp
from aiohttp import web


async def show(request):
    url = request.url
    rel = request.rel_url
    lines = [
        f"path={url.path} raw_path={url.raw_path} name={url.name}",
        f"query={dict(url.query)} query_string={url.query_string!r}",
        f"rel={rel} rel.path_qs={rel.path_qs} scheme={url.scheme} port_ok={url.port == request.app['port']}",
        f"url_for={request.app.router['show'].url_for(section='a b', page='7')}",
    ]
    return web.Response(text="\n".join(lines))


async def main():
    app = web.Application()
    app.router.add_get('/s/{section}/{page}', show, name='show')
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    host, port = runner.addresses[0]
    app._state['port'] = port
    base = f'http://{host}:{port}'
    async with aiohttp.ClientSession() as session:
        async with session.get(base + '/s/news/3', params={'q': 'x', 'n': 2}) as resp:
            print(await resp.text())
            u = resp.url
            print(u.scheme, u.host, u.port == port, u.path, u.query_string, dict(u.query), u.is_absolute())
        async with session.get(base + '/s/two%20words/1') as resp:
            print(await resp.text())
            print(resp.url.path, resp.url.raw_path)
    await runner.cleanup()


asyncio.run(main())
