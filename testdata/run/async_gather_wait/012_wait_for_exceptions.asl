# Exceptions raised by the inner work cross wait_for unchanged.
import asyncio


class ServiceError(Exception):
    pass


async def call(kind):
    await asyncio.sleep(0.01)
    if kind == "service":
        raise ServiceError("503")
    if kind == "timeout-like":
        raise TimeoutError("inner timeout")
    if kind == "cancel":
        raise asyncio.CancelledError("inner cancel")
    return f"{kind} ok"


async def main():
    for kind in ("fine", "service", "timeout-like", "cancel"):
        try:
            r = await asyncio.wait_for(call(kind), 0.5)
            print(kind, "->", r)
        except ServiceError as e:
            print(kind, "-> ServiceError", e)
        except TimeoutError as e:
            print(kind, "-> TimeoutError", e.args)
        except asyncio.CancelledError as e:
            print(kind, "-> CancelledError", e.args)

    async def immediate():
        raise ZeroDivisionError("right away")

    try:
        await asyncio.wait_for(immediate(), 0.5)
    except ZeroDivisionError as e:
        print("immediate:", e)
    try:
        await asyncio.wait_for(immediate(), None)
    except ZeroDivisionError as e:
        print("no timeout:", e)
    try:
        await asyncio.wait_for(42, 1)
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
