# Nested timeouts: the one that expires converts the cancellation; the other does not.
import asyncio


async def main():
    # inner fires first: caught inside the outer block
    try:
        async with asyncio.timeout(0.5) as outer:
            try:
                async with asyncio.timeout(0.01) as inner:
                    await asyncio.sleep(0.2)
            except TimeoutError:
                print("inner timeout caught; inner expired:", inner.expired())
            await asyncio.sleep(0.01)
            print("outer block continues")
    except TimeoutError:
        print("wrong: outer timed out")
    print("outer expired:", outer.expired())

    # outer fires first: the inner block sees CancelledError, the outer raises TimeoutError
    try:
        async with asyncio.timeout(0.01) as outer:
            try:
                async with asyncio.timeout(0.5) as inner:
                    await asyncio.sleep(0.2)
            except TimeoutError:
                print("wrong: inner converted")
            except asyncio.CancelledError:
                print("inner block sees CancelledError; inner expired:", inner.expired())
                raise
    except TimeoutError:
        print("outer TimeoutError; outer expired:", outer.expired())

    # three levels, the middle one fires
    log = []
    try:
        async with asyncio.timeout(0.5):
            try:
                async with asyncio.timeout(0.02):
                    try:
                        async with asyncio.timeout(0.3):
                            await asyncio.sleep(0.2)
                    finally:
                        log.append("innermost left")
            except TimeoutError:
                log.append("middle timed out")
            log.append("outermost fine")
    except TimeoutError:
        log.append("wrong")
    print(log)
    print("cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
