# readuntil with one- and multi-byte separators; the separator stays in
# the result.
import asyncio

DATA = b"alpha;beta;;gamma\r\ndelta\r\n\r\nnewline\nend|"


async def handle(reader, writer):
    writer.write(DATA)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for _ in range(3):
        print(await reader.readuntil(b";"))
    print(await reader.readuntil(b"\r\n"))
    print(await reader.readuntil(b"\r\n"))
    print(await reader.readuntil(b"\r\n"))
    print(await reader.readuntil())
    print(await reader.readuntil(b"|"))
    try:
        await reader.readuntil(b"|")
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e.partial, e.expected)
    try:
        await reader.readuntil(b"")
    except ValueError as e:
        print(type(e).__name__, e)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
