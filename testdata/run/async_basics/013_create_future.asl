# loop.create_future resolved by callbacks; InvalidStateError on double completion.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("pending:", fut.done(), fut.cancelled())
    loop.call_soon(fut.set_result, 42)
    print("awaited:", await fut)
    print("done:", fut.done(), fut.result(), fut.exception())
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError on set_result")
    try:
        fut.set_exception(ValueError("x"))
    except asyncio.InvalidStateError:
        print("InvalidStateError on set_exception")
    print("cancel a done future:", fut.cancel())

    f2 = loop.create_future()
    loop.call_later(0.01, f2.set_exception, KeyError("missing"))
    try:
        await f2
    except KeyError as e:
        print("KeyError", e)
    print(type(f2.exception()).__name__)

    f3 = loop.create_future()
    try:
        f3.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError", e)
    f3.set_result(None)
    print("f3", f3.result())

    f4 = loop.create_future()
    try:
        f4.set_exception(ValueError)
    except Exception as e:
        print("unexpected", e)
    print("class becomes instance:", type(f4.exception()).__name__, repr(f4.exception()))

    futs = [loop.create_future() for _ in range(4)]
    for i, f in enumerate(reversed(futs)):
        loop.call_later(0.01 * (i + 1), f.set_result, i)
    print([await f for f in futs])
    f5 = asyncio.Future()
    f5.set_result("direct")
    print(await f5, f5.get_loop() is loop)


asyncio.run(main())
