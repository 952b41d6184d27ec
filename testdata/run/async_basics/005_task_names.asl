# Task names: defaults count from Task-1 (the main task of asyncio.run), set_name, name=.
import asyncio


async def child(n):
    t = asyncio.current_task()
    print("child", n, "runs as", t.get_name())
    await asyncio.sleep(0)
    return t.get_name()


async def main():
    me = asyncio.current_task()
    print("main is", me.get_name())
    a = asyncio.create_task(child(1))
    b = asyncio.create_task(child(2), name="second")
    c = asyncio.create_task(child(3))
    print(a.get_name(), b.get_name(), c.get_name())
    c.set_name("renamed")
    print(c.get_name())
    c.set_name(42)
    print(repr(c.get_name()))
    print(await a, await b, await c)
    d = asyncio.get_running_loop().create_task(child(4), name="via-loop")
    print(await d)
    e = asyncio.create_task(child(5))
    print(await e)
    me.set_name("main-task")
    print("main now", asyncio.current_task().get_name())


asyncio.run(main())


async def again():
    print("second run main is", asyncio.current_task().get_name())
    t = asyncio.create_task(child(6))
    await t


asyncio.run(again())
