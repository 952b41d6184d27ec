# A StreamReader fed by hand (feed_data, feed_eof), without a socket:
# readline, readuntil, readexactly and read see the buffer as it grows.
import asyncio


async def main():
    r = asyncio.StreamReader()
    r.feed_data(b"first line\nsecond")
    print(await r.readline())
    task = asyncio.create_task(r.readline())
    await asyncio.sleep(0)
    print("waiting for the rest:", not task.done())
    r.feed_data(b" half\nthird;")
    print(await task)
    print(await r.readuntil(b";"))
    r.feed_data(b"abcdef")
    print(await r.readexactly(4), await r.read(1))
    print("at_eof before feed_eof:", r.at_eof())
    r.feed_eof()
    print(await r.read(), r.at_eof())
    print(await r.read(), await r.readline())

    r = asyncio.StreamReader(limit=8)
    r.feed_data(b"0123456789abcdef\n")
    try:
        await r.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, e.consumed)
    print(await r.read(4))

    r = asyncio.StreamReader()
    r.set_exception(ConnectionResetError("peer went away"))
    try:
        await r.read(1)
    except ConnectionResetError as e:
        print(type(e).__name__, e)
    print(type(r.exception()).__name__)


asyncio.run(main())
