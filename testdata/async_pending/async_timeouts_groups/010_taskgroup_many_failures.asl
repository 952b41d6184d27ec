# Several children fail at the same turn: all their errors are collected.
import asyncio


async def fail_after(d, exc):
    await asyncio.sleep(d)
    raise exc


async def cleanup_fails():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise KeyError("raised while being cancelled")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(0.01, ValueError("v")))
            tg.create_task(fail_after(0.01, TypeError("t")))
            tg.create_task(fail_after(0.5, OSError("never raised")))
    except ExceptionGroup as eg:
        print(type(eg).__name__, "-", eg.message)
        print(sorted(repr(e) for e in eg.exceptions))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(0.01, RuntimeError("first")))
            tg.create_task(cleanup_fails())
    except ExceptionGroup as eg:
        print(eg.message)
        print(sorted(repr(e) for e in eg.exceptions))

    # catching by the type of sub-exceptions, without except*
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(4):
                tg.create_task(fail_after(0.01, ArithmeticError(f"e{i}")))
    except ExceptionGroup as eg:
        kinds = sorted({type(e).__name__ for e in eg.exceptions})
        print(len(eg.exceptions), kinds, sorted(str(e) for e in eg.exceptions))


asyncio.run(main())
