# Shared state across concurrent requests, guarded by an asyncio.Lock kept
# in the application: a bank of accounts with transfers (enough money
# for any order the requests arrive in, but one overdraft).
import asyncio
import aiohttp
from aiohttp import web


async def transfer(request):
    data = await request.json()
    accounts = request.app['accounts']
    async with request.app['lock']:
        src = accounts[data['from']]
        await asyncio.sleep(0.001)
        if src < data['amount']:
            raise web.HTTPConflict(text='insufficient funds')
        accounts[data['from']] = src - data['amount']
        accounts[data['to']] += data['amount']
    return web.json_response({'ok': True})


async def balances(request):
    return web.json_response(request.app['accounts'])


async def start(app):
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    host, port = runner.addresses[0]
    return runner, f'http://{host}:{port}'


async def main():
    app = web.Application()
    app['accounts'] = {'a': 500, 'b': 500, 'c': 500}
    app['lock'] = asyncio.Lock()
    app.router.add_post('/transfer', transfer)
    app.router.add_get('/balances', balances)
    runner, base = await start(app)
    async with aiohttp.ClientSession() as session:
        async def send(src, dst, amount):
            async with session.post(base + '/transfer', json={'from': src, 'to': dst, 'amount': amount}) as resp:
                return resp.status
        moves = [('a', 'b', 10), ('b', 'c', 20), ('c', 'a', 5)] * 10 + [('c', 'a', 10000)]
        statuses = await asyncio.gather(*(send(*m) for m in moves))
        print(sorted(set(statuses)), statuses.count(200), statuses.count(409))
        async with session.get(base + '/balances') as resp:
            final = await resp.json()
            print(final, sum(final.values()))
    await runner.cleanup()


asyncio.run(main())
