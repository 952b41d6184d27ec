# The server speaks first and hangs up: the client reads the greeting,
# then b"" and at_eof; reading more stays at EOF.
import asyncio


async def handle(reader, writer):
    writer.write(b"220 welcome\r\n")
    writer.write(b"221 bye\r\n")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(await reader.readuntil(b"\r\n"))
    print(await reader.readline())
    print(await reader.readline(), reader.at_eof())
    print(await reader.read(5))
    try:
        await reader.readexactly(2)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e.partial)
    print("exception():", reader.exception())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
