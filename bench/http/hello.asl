# The benchmark server: "Hello, async world" from aiohttp.web, on the port
# given as the first argument. The same file runs under asl and CPython.
import sys
from aiohttp import web


async def handle(request):
    return web.Response(text="Hello, async world")


app = web.Application()
app.add_routes([web.get('/', handle)])
web.run_app(app, host='127.0.0.1', port=int(sys.argv[1]), print=None)
