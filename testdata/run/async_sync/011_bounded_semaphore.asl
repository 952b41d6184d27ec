# BoundedSemaphore refuses to be released above its initial value.
import asyncio


def state(obj):
    r = repr(obj)
    return r[r.index('['):]


async def main():
    bs = asyncio.BoundedSemaphore(2)
    print(state(bs), isinstance(bs, asyncio.Semaphore))
    try:
        bs.release()
    except ValueError as e:
        print('ValueError', e)
    await bs.acquire()
    await bs.acquire()
    print(state(bs), bs.locked())
    bs.release()
    bs.release()
    print(state(bs))
    try:
        bs.release()
    except ValueError as e:
        print('ValueError', e)

    one = asyncio.BoundedSemaphore()
    try:
        async with one:
            print('inside:', state(one))
            one.release()
            print('released inside:', state(one))
    except ValueError as e:
        print('leaving the block:', e)
    print('after block:', state(one))

    try:
        asyncio.BoundedSemaphore(-1)
    except ValueError as e:
        print('ValueError', e)

    zero = asyncio.BoundedSemaphore(0)
    try:
        zero.release()
    except ValueError as e:
        print('zero:', e)
    print(type(bs).__name__, type(bs).__module__, [c.__name__ for c in type(bs).__mro__][:2])


asyncio.run(main())
