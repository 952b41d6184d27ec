# Several children fail at the same turn: all their errors are collected.
import asyncio


async def fail_after(d, exc):
    await asyncio.sleep(d)
    raise exc


async def fail_on(gate, exc):
    # every child waiting on the same future wakes in the same loop turn
    await gate
    raise exc


async def cleanup_fails():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise KeyError("raised while being cancelled")


async def main():
    loop = asyncio.get_running_loop()
    gate = loop.create_future()
    loop.call_later(0.01, gate.set_result, None)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_on(gate, ValueError("v")))
            tg.create_task(fail_on(gate, TypeError("t")))
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
    gate2 = loop.create_future()
    loop.call_later(0.01, gate2.set_result, None)
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(4):
                tg.create_task(fail_on(gate2, ArithmeticError(f"e{i}")))
    except ExceptionGroup as eg:
        kinds = sorted({type(e).__name__ for e in eg.exceptions})
        print(len(eg.exceptions), kinds, sorted(str(e) for e in eg.exceptions))


asyncio.run(main())
