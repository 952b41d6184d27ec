# Cookies set by a handler (Set-Cookie), cookies a client sends (the
# Cookie header, request.cookies), and on_response_prepare adding headers
# to every response, errors included.
import asyncio
import aiohttp
from aiohttp import web


async def login(request):
    resp = web.Response(text="logged in")
    resp.set_cookie('session', 'abc123', max_age=3600, httponly=True)
    resp.set_cookie('theme', 'dark')
    return resp


async def logout(request):
    resp = web.Response(text="bye")
    resp.del_cookie('session')
    return resp


async def whoami(request):
    cookies = request.cookies
    return web.Response(text=f"session={cookies.get('session')} theme={cookies.get('theme')} n={len(cookies)}")


async def add_header(request, response):
    response.headers['X-Prepared'] = request.path


async def start(app):
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    host, port = runner.addresses[0]
    return runner, f'http://{host}:{port}'


async def main():
    app = web.Application()
    app.on_response_prepare.append(add_header)
    app.router.add_get('/login', login)
    app.router.add_get('/logout', logout)
    app.router.add_get('/whoami', whoami)
    runner, base = await start(app)
    async with aiohttp.ClientSession() as session:
        async with session.get(base + '/login') as resp:
            print(await resp.text(), resp.headers.get('X-Prepared'))
            for c in sorted(resp.headers.getall('Set-Cookie')):
                print('  ', c)
        async with session.get(base + '/whoami', headers={'Cookie': 'session=abc123; theme=light'}) as resp:
            print(await resp.text(), resp.headers.get('X-Prepared'))
        async with session.get(base + '/whoami') as resp:
            print(await resp.text())
        async with session.get(base + '/logout') as resp:
            print(await resp.text(), resp.headers.getall('Set-Cookie'))
        async with session.get(base + '/missing') as resp:
            print(resp.status, resp.headers.get('X-Prepared'))
    await runner.cleanup()


asyncio.run(main())
