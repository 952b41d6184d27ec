# iscoroutine / iscoroutinefunction on functions, methods, lambdas, generators and tasks.
import asyncio


async def afunc():
    return 1


def func():
    return 2


def gen():
    yield 3


async def agen():
    yield 4


class K:
    async def amethod(self):
        return 5

    def method(self):
        return 6

    @staticmethod
    async def astatic():
        return 7


async def main():
    k = K()
    for name, f in [("afunc", afunc), ("func", func), ("gen", gen), ("agen", agen),
                    ("amethod", k.amethod), ("method", k.method), ("astatic", K.astatic),
                    ("lambda", lambda: 0), ("K", K)]:
        print(name, asyncio.iscoroutinefunction(f))
    c = afunc()
    g = gen()
    ag = agen()
    print("coroutine", asyncio.iscoroutine(c))
    print("generator", asyncio.iscoroutine(g))
    print("async gen", asyncio.iscoroutine(ag))
    print("int", asyncio.iscoroutine(1))
    print("func", asyncio.iscoroutine(afunc))
    t = asyncio.create_task(k.amethod())
    print("task", asyncio.iscoroutine(t))
    print("awaited", await c, await t, await K.astatic())
    fut = asyncio.get_running_loop().create_future()
    print("future", asyncio.iscoroutine(fut))
    fut.cancel()
    print(type(c).__name__, type(g).__name__, type(ag).__name__)
    await ag.aclose()


asyncio.run(main())
