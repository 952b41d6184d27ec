# async with managing several resources: ordering of enter/exit and errors in __aexit__.
import asyncio

log = []


class Resource:
    def __init__(self, name, fail_exit=False):
        self.name = name
        self.fail_exit = fail_exit
        self.open = False

    async def __aenter__(self):
        await asyncio.sleep(0)
        self.open = True
        log.append(f"+{self.name}")
        return self

    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        self.open = False
        log.append(f"-{self.name}({et.__name__ if et else ''})")
        if self.fail_exit:
            raise OSError(f"{self.name} failed to close")
        return False


async def main():
    async with Resource("db") as db, Resource("cache") as cache, Resource("log") as lg:
        log.append(f"all open: {db.open and cache.open and lg.open}")
    print(" ".join(log))
    print("all closed:", not (db.open or cache.open or lg.open))
    log.clear()

    try:
        async with Resource("a"), Resource("b", fail_exit=True), Resource("c"):
            raise ValueError("work failed")
    except OSError as e:
        print("OSError", e, "context:", repr(e.__context__))
    print(" ".join(log))
    log.clear()

    # concurrent sessions each with their own resources
    async def session(i):
        async with Resource(f"s{i}"):
            await asyncio.sleep(0.01 * i)
        return i

    print(await asyncio.gather(session(1), session(2), session(3)))
    print(" ".join(log))


asyncio.run(main())
