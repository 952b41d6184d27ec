from aiohttp import web
import json

routes = web.RouteTableDef()
DB: dict[int, dict] = {}


@routes.get("/")
async def index(request: web.Request) -> web.Response:
    return web.Response(text="hello")


@routes.get("/items/{item_id}")
async def get_item(request: web.Request) -> web.Response:
    try:
        item_id = int(request.match_info["item_id"])
    except ValueError:
        raise web.HTTPBadRequest(reason="bad id")
    if (item := DB.get(item_id)) is None:
        raise web.HTTPNotFound()
    return web.json_response(item)


@routes.post("/items")
async def create_item(request: web.Request) -> web.Response:
    payload = await request.json()
    item_id = max(DB, default=0) + 1
    DB[item_id] = {"id": item_id, **payload}
    return web.json_response(DB[item_id], status=201)


async def websocket_handler(request):
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    async for msg in ws:
        if msg.type == web.WSMsgType.TEXT:
            await ws.send_str(json.dumps({"echo": msg.data}))
        elif msg.type == web.WSMsgType.ERROR:
            break
    return ws


@web.middleware
async def timing(request, handler):
    resp = await handler(request)
    resp.headers["X-Handled-By"] = "asl"
    return resp


def make_app() -> web.Application:
    app = web.Application(middlewares=[timing])
    app.add_routes(routes)
    app.router.add_get("/ws", websocket_handler)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8080)
