# Cancelling a future: cancelled(), result()/exception() raise CancelledError, messages.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print("cancel:", f.cancel())
    print("again:", f.cancel())
    print("state:", f.done(), f.cancelled())
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.CancelledError as e:
            print(meth.__name__, "CancelledError", repr(e.args))
    try:
        await f
    except asyncio.CancelledError as e:
        print("await CancelledError", e.args)

    g = loop.create_future()
    g.cancel("stop now")
    try:
        g.result()
    except asyncio.CancelledError as e:
        print("with msg:", e.args)

    h = loop.create_future()

    async def waiter():
        try:
            return await h
        except asyncio.CancelledError as e:
            print("waiter saw cancel", e.args)
            return "recovered"

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    h.cancel("from main")
    print("waiter returned", await t)
    print("CancelledError is BaseException:", issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))
    try:
        h.set_result(1)
    except asyncio.InvalidStateError:
        print("cannot set a cancelled future")


asyncio.run(main())
