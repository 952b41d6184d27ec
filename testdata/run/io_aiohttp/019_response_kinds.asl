# Kinds of responses: bytes with a content type, other charsets, empty
# bodies, custom status codes, headers given at creation, json_response
# options, and the text/body properties on the server side.
import asyncio
import json
import aiohttp
from aiohttp import web


async def html(request):
    return web.Response(text="<h1>hi</h1>", content_type='text/html')


async def latin(request):
    return web.Response(text="caf\u00e9", charset='latin-1')


async def binary(request):
    return web.Response(body=bytes(range(5)), content_type='application/x-demo')


async def empty(request):
    return web.Response()


async def created(request):
    resp = web.Response(status=201, text="made", headers={'Location': '/things/1'})
    return resp


async def js(request):
    return web.json_response({'b': 1, 'a': [True, None]}, dumps=lambda o: json.dumps(o, sort_keys=True))


async def js_text(request):
    return web.json_response(text='{"raw": 1}', status=202, headers={'X-J': '1'})


async def changed(request):
    resp = web.Response(text="first")
    resp.text = "second"
    resp.set_status(203)
    resp.headers['X-Changed'] = 'yes'
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
    for name, h in [('html', html), ('latin', latin), ('binary', binary), ('empty', empty),
                    ('created', created), ('js', js), ('js_text', js_text), ('changed', changed)]:
        app.router.add_get('/' + name, h)
    runner, base = await start(app)
    async with aiohttp.ClientSession() as session:
        for name in ['html', 'latin', 'binary', 'empty', 'created', 'js', 'js_text', 'changed']:
            async with session.get(f'{base}/{name}') as resp:
                body = await resp.read()
                print(name, resp.status, resp.reason, resp.content_type, resp.charset, resp.content_length, body)
                for h in ['Location', 'X-J', 'X-Changed']:
                    if h in resp.headers:
                        print('  ', h, resp.headers[h])
        async with session.get(f'{base}/latin') as resp:
            print(await resp.text(), await resp.text(encoding='utf-8', errors='replace'))
    r = web.Response(text="x")
    print(r.status, r.reason, r.text, r.body, r.content_type, r.charset, r.content_length, r.prepared)
    r = web.Response(body=b'abc', status=418)
    print(r.status, r.reason, r.text, r.content_type, r.charset)
    for kw in [{'text': 'a', 'body': b'b'}, {'text': b'x'}, {'text': 'x', 'content_type': 'text/plain; charset=utf-8'}]:
        try:
            web.Response(**kw)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    await runner.cleanup()


asyncio.run(main())
