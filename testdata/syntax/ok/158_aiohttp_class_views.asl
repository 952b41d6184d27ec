from aiohttp import web


class ItemView(web.View):
    store: dict[str, dict] = {}

    async def get(self) -> web.Response:
        key = self.request.match_info.get("key")
        if key is None:
            return web.json_response(list(self.store.values()))
        try:
            return web.json_response(self.store[key])
        except KeyError:
            raise web.HTTPNotFound(text=f"no item {key!r}")

    async def put(self) -> web.Response:
        key = self.request.match_info["key"]
        self.store[key] = {**(await self.request.json()), "key": key}
        return web.json_response(self.store[key], status=201)

    async def delete(self) -> web.Response:
        self.store.pop(self.request.match_info["key"], None)
        return web.Response(status=204)


async def on_startup(app: web.Application) -> None:
    app["ready"] = True


async def health(request: web.Request) -> web.Response:
    return web.json_response({"ok": request.app.get("ready", False)})


def create_app() -> web.Application:
    app = web.Application()
    app.on_startup.append(on_startup)
    app.add_routes([
        web.view("/items", ItemView),
        web.view("/items/{key}", ItemView),
        web.get("/health", health),
    ])
    return app


if __name__ == "__main__":
    web.run_app(create_app(), host="0.0.0.0", port=8080)
