# An ExceptionGroup nobody catches escapes asyncio.run and ends the program with status 1.
import asyncio


async def fails(n):
    await asyncio.sleep(0.001 * n)
    raise ValueError(f"failure {n}")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fails(1))
        tg.create_task(fails(10))
    print("not reached")


try:
    asyncio.run(main())
except ExceptionGroup as eg:
    print("first run:", type(eg).__name__, len(eg.exceptions), eg.exceptions[0])
except BaseException as e:
    print("unexpected", type(e).__name__)


async def main2():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails(2))
    finally:
        print("main2 finally")


print("second run, uncaught:")
asyncio.run(main2())
print("not reached either")
