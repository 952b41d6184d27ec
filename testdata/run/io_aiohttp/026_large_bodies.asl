# Large bodies both ways: a 600 kB upload under the 1 MiB default limit,
# a 2 MB streamed download written in many pieces, and their checksums.
import asyncio
import hashlib
import aiohttp
from aiohttp import web


async def upload(request):
    data = await request.read()
    return web.json_response({'size': len(data), 'md5': hashlib.md5(data).hexdigest()})


async def download(request):
    resp = web.StreamResponse()
    resp.content_type = 'application/octet-stream'
    await resp.prepare(request)
    chunk = bytes(range(256)) * 64
    for _ in range(128):
        await resp.write(chunk)
    await resp.write_eof()
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
    app.router.add_post('/upload', upload)
    app.router.add_get('/download', download)
    runner, base = await start(app)
    payload = b'0123456789abcdef' * 40000
    async with aiohttp.ClientSession() as session:
        async with session.post(base + '/upload', data=payload) as resp:
            info = await resp.json()
            print(resp.status, info['size'], info['md5'] == hashlib.md5(payload).hexdigest())
        async with session.get(base + '/download') as resp:
            body = await resp.read()
            print(resp.status, resp.content_type, len(body), hashlib.md5(body).hexdigest())
        results = await asyncio.gather(*(session.get(base + '/download') for _ in range(3)))
        print([len(await r.read()) for r in results])
    await runner.cleanup()


asyncio.run(main())
