# IncompleteReadError: readexactly past EOF carries the partial bytes and
# the count expected; it is an EOFError.
import asyncio


async def handle(reader, writer):
    writer.write(b"short")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        await reader.readexactly(100)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, isinstance(e, EOFError))
        print("partial", e.partial, "expected", e.expected)
        print(str(e))
    print("after:", await reader.readexactly(0), reader.at_eof())
    try:
        await reader.readexactly(1)
    except asyncio.IncompleteReadError as e:
        print("again", e.partial, e.expected, e)
    try:
        await reader.readexactly(-1)
    except ValueError as e:
        print(type(e).__name__, e)
    writer.close()
    await writer.wait_closed()

    e = asyncio.IncompleteReadError(b"ab", 5)
    print(e.partial, e.expected, e.args)
    server.close()
    await server.wait_closed()


asyncio.run(main())
