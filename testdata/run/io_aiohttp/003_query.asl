# Query strings: request.query (a MultiDict), client params as a dict and
# as a list of pairs, repeated keys, spaces and escapes.
import asyncio
import aiohttp
from aiohttp import web


async def echo(request):
    q = request.query
    lines = [f"len={len(q)}"]
    for key in sorted(set(q.keys())):
        lines.append(f"{key}={q.getall(key)}")
    lines.append(f"get x: {q.get('x', 'none')}")
    lines.append(f"in: {'a' in q}")
    return web.Response(text="\n".join(lines))


async def start(app):
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    host, port = runner.addresses[0]
    return runner, f'http://{host}:{port}'


async def main():
    app = web.Application()
    app.router.add_get('/q', echo)
    runner, base = await start(app)
    async with aiohttp.ClientSession() as session:
        cases = [
            {'params': {'a': '1', 'b': 'two'}},
            {'params': [('a', '1'), ('a', '2'), ('b', 'x y')]},
            {'params': {'n': 5, 'f': 2.5}},
            {'params': {'s': 'a&b=c', 'u': 'caf\u00e9'}},
            {},
        ]
        for kw in cases:
            async with session.get(base + '/q', **kw) as resp:
                print(resp.status)
                print(await resp.text())
        async with session.get(base + '/q?a=1&a=2&empty=&x=last') as resp:
            print(await resp.text())
        async with session.get(base + '/q?plus=a+b&pct=a%20b') as resp:
            print(await resp.text())
        try:
            await session.get(base + '/q', params={'bad': True})
        except TypeError as e:
            print(type(e).__name__, e)
    await runner.cleanup()


asyncio.run(main())
