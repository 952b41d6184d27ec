# Class-based views (web.View: one method per HTTP method, 405 for the
# others) and reading a client response through resp.content: lines,
# chunks and exact reads.
import asyncio
import aiohttp
from aiohttp import web


class ItemView(web.View):
    async def get(self):
        name = self.request.match_info['name']
        return web.Response(text=f"get {name}")

    async def post(self):
        data = await self.request.post()
        return web.json_response({'saved': self.request.match_info['name'], 'form': dict(data)})


async def lines(request):
    return web.Response(text="".join(f"line {i}\n" for i in range(5)) + "tail")


async def start(app):
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    host, port = runner.addresses[0]
    return runner, f'http://{host}:{port}'


async def main():
    app = web.Application()
    app.router.add_view('/items/{name}', ItemView)
    app.router.add_get('/lines', lines)
    runner, base = await start(app)
    async with aiohttp.ClientSession() as session:
        async with session.get(base + '/items/cup') as resp:
            print(resp.status, await resp.text())
        async with session.post(base + '/items/cup', data={'color': 'blue'}) as resp:
            print(resp.status, await resp.json())
        async with session.delete(base + '/items/cup') as resp:
            print(resp.status, resp.headers.get('Allow'), await resp.text())
        async with session.get(base + '/lines') as resp:
            first = await resp.content.readline()
            print(first, resp.content.at_eof())
            async for line in resp.content:
                print('async for:', line)
            print(resp.content.at_eof(), await resp.content.read())
        async with session.get(base + '/lines') as resp:
            chunks = [c async for c in resp.content.iter_chunked(16)]
            print(len(chunks), [len(c) for c in chunks])
        async with session.get(base + '/lines') as resp:
            print(await resp.content.readexactly(4), await resp.content.read(3))
            try:
                await resp.content.readexactly(100)
            except asyncio.IncompleteReadError as e:
                print(type(e).__name__, len(e.partial), e.expected)
    await runner.cleanup()


asyncio.run(main())
