# An event bus with sync and async handlers, error isolation and ordered delivery.
import asyncio


class Bus:
    def __init__(self):
        self.handlers = {}
        self.errors = []

    def on(self, event):
        def register(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return register

    async def emit(self, event, payload):
        results = []
        for h in self.handlers.get(event, []):
            try:
                if asyncio.iscoroutinefunction(h):
                    results.append(await h(payload))
                else:
                    results.append(h(payload))
            except Exception as e:
                self.errors.append(f"{event}/{h.__name__}: {type(e).__name__}: {e}")
        return results

    async def emit_concurrently(self, event, payload):
        hs = self.handlers.get(event, [])
        coros = [h(payload) for h in hs if asyncio.iscoroutinefunction(h)]
        return await asyncio.gather(*coros, return_exceptions=True)


bus = Bus()
audit = []


@bus.on("signup")
def log_signup(user):
    audit.append(f"signup {user}")
    return "logged"


@bus.on("signup")
async def send_welcome(user):
    await asyncio.sleep(0.002)
    if "@" not in user:
        raise ValueError(f"no email for {user}")
    return f"mail to {user}"


@bus.on("signup")
async def grant_bonus(user):
    await asyncio.sleep(0.001)
    return 100


async def main():
    print(await bus.emit("signup", "ann@example.org"))
    print(await bus.emit("signup", "bob"))
    print(await bus.emit("unknown", None))
    res = await bus.emit_concurrently("signup", "cy")
    print([r if not isinstance(r, Exception) else f"error: {r}" for r in res])
    print(audit)
    print(bus.errors)


asyncio.run(main())
