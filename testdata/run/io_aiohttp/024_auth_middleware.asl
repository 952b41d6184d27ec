# A middleware that answers by itself (401 without calling the handler),
# one that rewrites errors, and handlers reading what middlewares stored.
import asyncio
import aiohttp
from aiohttp import web

TOKENS = {'s3cret': 'alice', 'hunter2': 'bob'}


@web.middleware
async def auth(request, handler):
    if request.path.startswith('/public'):
        return await handler(request)
    token = request.headers.get('Authorization', '').removeprefix('Bearer ')
    user = TOKENS.get(token)
    if user is None:
        return web.json_response({'error': 'unauthorized'}, status=401,
                                 headers={'WWW-Authenticate': 'Bearer'})
    request['user'] = user
    return await handler(request)


@web.middleware
async def errors(request, handler):
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status >= 400:
            return web.json_response({'error': exc.reason, 'status': exc.status}, status=exc.status)
        raise


async def me(request):
    return web.json_response({'user': request['user']})


async def public(request):
    return web.Response(text="anyone")


async def admin(request):
    if request['user'] != 'alice':
        raise web.HTTPForbidden()
    return web.Response(text="welcome, admin")


async def start(app):
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, '127.0.0.1', 0)
    await site.start()
    host, port = runner.addresses[0]
    return runner, f'http://{host}:{port}'


async def main():
    app = web.Application(middlewares=[errors, auth])
    app.router.add_get('/me', me)
    app.router.add_get('/public', public)
    app.router.add_get('/admin', admin)
    runner, base = await start(app)
    async with aiohttp.ClientSession() as session:
        cases = [('/me', None), ('/me', 's3cret'), ('/me', 'wrong'), ('/public', None),
                 ('/admin', 'hunter2'), ('/admin', 's3cret'), ('/nothing', 's3cret'), ('/nothing', None)]
        for path, token in cases:
            headers = {'Authorization': f'Bearer {token}'} if token else {}
            async with session.get(base + path, headers=headers) as resp:
                if resp.content_type == 'application/json':
                    body = await resp.json()
                else:
                    body = await resp.text()
                print(path, token, resp.status, body, resp.headers.get('WWW-Authenticate'))
    await runner.cleanup()


asyncio.run(main())
