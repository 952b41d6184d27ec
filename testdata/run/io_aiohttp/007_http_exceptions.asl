# The HTTPException family raised by handlers: status, reason, text,
# custom text and headers, and redirects with a location.
import asyncio
import aiohttp
from aiohttp import web


async def missing(request):
    raise web.HTTPNotFound()


async def bad(request):
    raise web.HTTPBadRequest(text="you sent nonsense")


async def forbidden(request):
    raise web.HTTPForbidden(text="Go Away", headers={"X-Why": "because"})


async def moved(request):
    raise web.HTTPFound(location='/target')


async def target(request):
    return web.Response(text="arrived")


async def gone(request):
    raise web.HTTPGone(text="long gone", content_type='text/html')


async def conflict(request):
    raise web.HTTPConflict(body=b'{"err": 1}', content_type='application/json')


async def empty(request):
    raise web.HTTPNoContent()


async def start(app):
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    host, port = runner.addresses[0]
    return runner, f'http://{host}:{port}'


async def main():
    app = web.Application()
    for path, h in [('/missing', missing), ('/bad', bad), ('/forbidden', forbidden),
                    ('/moved', moved), ('/target', target), ('/gone', gone),
                    ('/conflict', conflict), ('/empty', empty)]:
        app.router.add_get(path, h)
    runner, base = await start(app)
    async with aiohttp.ClientSession() as session:
        for path in ['/missing', '/bad', '/forbidden', '/gone', '/conflict', '/empty']:
            async with session.get(base + path) as resp:
                print(path, resp.status, resp.reason, resp.content_type, repr(await resp.text()))
                print('  X-Why:', resp.headers.get('X-Why'))
        async with session.get(base + '/moved', allow_redirects=False) as resp:
            print(resp.status, resp.reason, resp.headers['Location'], await resp.text())
        async with session.get(base + '/moved') as resp:
            print(resp.status, await resp.text(), resp.url.path, len(resp.history))
            print([r.status for r in resp.history] == [302], resp.history[0].url.path)
    e = web.HTTPNotFound()
    print(str(e), e.status, e.reason, e.text, isinstance(e, Exception), isinstance(e, web.Response))
    e = web.HTTPFound('/x')
    print(e.location, e.headers['Location'], e.status_code)
    try:
        web.HTTPFound('')
    except ValueError as err:
        print(type(err).__name__, err)
    e = web.HTTPMethodNotAllowed('put', ['GET', 'POST'])
    print(e.method, sorted(e.allowed_methods), e.headers['Allow'])
    e = web.HTTPRequestEntityTooLarge(10, 20)
    print(e.status, e.text)
    print(issubclass(web.HTTPNotFound, web.HTTPClientError), issubclass(web.HTTPBadGateway, web.HTTPServerError))
    print(issubclass(web.HTTPFound, web.HTTPRedirection), web.HTTPOk.status_code)
    await runner.cleanup()


asyncio.run(main())
