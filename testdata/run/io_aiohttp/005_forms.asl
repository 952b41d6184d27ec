# Form posts: data= as a dict or pairs, request.post() as a MultiDict,
# and bodies read as text and bytes.
import asyncio
import aiohttp
from aiohttp import web


async def form(request):
    data = await request.post()
    out = [f"{request.content_type} {len(data)}"]
    for key in data:
        out.append(f"{key}: {data.getall(key)}")
    return web.Response(text="\n".join(out))


async def raw(request):
    body = await request.read()
    text = await request.text()
    return web.Response(text=f"{len(body)} {body!r} {text!r} {request.content_type} {request.charset}")


async def start(app):
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    host, port = runner.addresses[0]
    return runner, f'http://{host}:{port}'


async def main():
    app = web.Application()
    app.router.add_post('/form', form)
    app.router.add_get('/form', form)
    app.router.add_post('/raw', raw)
    runner, base = await start(app)
    async with aiohttp.ClientSession() as session:
        async with session.post(base + '/form', data={'name': 'Ann Lee', 'age': '30'}) as resp:
            print(await resp.text())
        async with session.post(base + '/form', data=[('t', 'a'), ('t', 'b&c'), ('u', '\u00e9')]) as resp:
            print(await resp.text())
        async with session.get(base + '/form') as resp:
            print(await resp.text())
        async with session.post(base + '/raw', data=b'\x01\x02bytes') as resp:
            print(await resp.text())
        async with session.post(base + '/raw', data='some text') as resp:
            print(await resp.text())
        async with session.post(base + '/raw') as resp:
            print(await resp.text())
    await runner.cleanup()


asyncio.run(main())
