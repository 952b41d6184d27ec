# A cache that shares one in-flight fetch among concurrent callers (single flight).
import asyncio


class Cache:
    def __init__(self, loader):
        self.loader = loader
        self.values = {}
        self.inflight = {}
        self.loads = []

    async def get(self, key):
        if key in self.values:
            return self.values[key], "hit"
        if key in self.inflight:
            return await self.inflight[key], "joined"
        fut = asyncio.get_running_loop().create_future()
        self.inflight[key] = fut
        self.loads.append(key)
        try:
            value = await self.loader(key)
        except Exception as e:
            fut.set_exception(e)
            del self.inflight[key]
            raise
        self.values[key] = value
        fut.set_result(value)
        del self.inflight[key]
        return value, "loaded"


async def loader(key):
    await asyncio.sleep(0.01)
    if key.startswith("bad"):
        raise KeyError(key)
    return key.upper() * 2


async def main():
    cache = Cache(loader)
    keys = ["a", "b", "a", "a", "c", "b"]
    res = await asyncio.gather(*(cache.get(k) for k in keys))
    for k, r in zip(keys, res):
        print(k, r)
    print("loads:", cache.loads)
    print("again:", await cache.get("a"))
    res = await asyncio.gather(cache.get("bad1"), cache.get("bad1"), cache.get("d"),
                               return_exceptions=True)
    print([r if isinstance(r, tuple) else f"{type(r).__name__}{r}" for r in res])
    print("loads:", cache.loads, "inflight:", len(cache.inflight))


asyncio.run(main())
