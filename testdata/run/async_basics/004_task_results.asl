# Task state: done(), result(), exception(), and InvalidStateError before completion.
import asyncio


async def compute(x):
    await asyncio.sleep(0.01)
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x * 2


async def main():
    ok = asyncio.create_task(compute(21))
    bad = asyncio.create_task(compute(-1))
    print("done?", ok.done(), bad.done())
    try:
        ok.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    try:
        ok.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    await asyncio.sleep(0.05)
    print("done?", ok.done(), bad.done())
    print("cancelled?", ok.cancelled(), bad.cancelled())
    print("ok result", ok.result())
    print("ok exception", ok.exception())
    exc = bad.exception()
    print("bad exception", type(exc).__name__, exc)
    try:
        bad.result()
    except ValueError as e:
        print("result() raised", repr(e))
    try:
        await bad
    except ValueError as e:
        print("await raised", repr(e))
    print("await ok again", await ok, await ok)
    print(isinstance(ok, asyncio.Task), isinstance(ok, asyncio.Future))
    print(ok.cancel(), bad.cancel())


asyncio.run(main())
