# limit= bounds the reader's buffer: readuntil raises LimitOverrunError
# (with consumed), readline turns it into ValueError, and the data stays.
import asyncio


async def handle(reader, writer):
    writer.write(b"short\n" + b"x" * 40 + b"\n" + b"tail\n")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=16)
    print(await reader.readline())
    try:
        await reader.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, e, "consumed:", e.consumed > 0)
    try:
        await reader.readline()
    except ValueError as e:
        print(type(e).__name__, e)
    print(await reader.readline())
    print(await reader.read())
    writer.close()
    await writer.wait_closed()

    e = asyncio.LimitOverrunError("too long", 7)
    print(e, e.consumed, isinstance(e, Exception))
    server.close()
    await server.wait_closed()


asyncio.run(main())
