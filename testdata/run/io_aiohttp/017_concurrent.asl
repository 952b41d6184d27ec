# Many requests at once: asyncio.gather over one session, handlers that
# sleep different times, results in the order asked, shared server state.
import asyncio
import aiohttp
from aiohttp import web

state = {'inflight': 0, 'peak': 0, 'served': 0}


async def work(request):
    n = int(request.match_info['n'])
    state['inflight'] += 1
    state['peak'] = max(state['peak'], state['inflight'])
    await asyncio.sleep((10 - n % 10) * 0.01)
    state['inflight'] -= 1
    state['served'] += 1
    return web.json_response({'n': n, 'square': n * n})


async def start(app):
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    host, port = runner.addresses[0]
    return runner, f'http://{host}:{port}'


async def get_json(session, url):
    async with session.get(url) as resp:
        return resp.status, await resp.json()


async def main():
    app = web.Application()
    app.router.add_get(r'/work/{n:\d+}', work)
    runner, base = await start(app)
    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(*(get_json(session, f'{base}/work/{n}') for n in range(40)))
        print(len(results), all(status == 200 for status, _ in results))
        print([data['square'] for _, data in results])
        done_order = []

        async def tracked(n):
            status, data = await get_json(session, f'{base}/work/{n}')
            done_order.append(data['n'])

        await asyncio.gather(*(tracked(n) for n in [1, 5, 9]))
        print(sorted(done_order), len(done_order))
    print(state['served'], state['inflight'], state['peak'] > 1)
    await runner.cleanup()


asyncio.run(main())
