import asyncio
import functools


def async_retry(attempts=3, timeout=1.0):
    def decorator(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            last_exc = None
            for i in range(attempts):
                try:
                    async with asyncio.timeout(timeout):
                        return await fn(*args, **kwargs)
                except (TimeoutError, OSError) as exc:
                    last_exc = exc
                    await asyncio.sleep(0.01 * 2 ** i)
            raise RuntimeError(f"{fn.__name__} failed") from last_exc
        return wrapper
    return decorator


@async_retry(attempts=2, timeout=0.05)
async def slow(n):
    await asyncio.sleep(n)
    return n


async def main():
    try:
        print(await slow(0.01))
        print(await slow(1))
    except RuntimeError as e:
        print("gave up:", e, "cause:", repr(e.__cause__))
    result = await asyncio.wait_for(asyncio.shield(slow(0)), timeout=1)
    return result


asyncio.run(main())
