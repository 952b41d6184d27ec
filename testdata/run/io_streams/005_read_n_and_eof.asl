# read(n) returns at most n bytes, read(-1) reads to EOF, read(0) is b"",
# and at_eof turns true only once the buffer is drained after EOF.
import asyncio


async def handle(reader, writer):
    writer.write(b"0123456789" * 3)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("read(0):", await reader.read(0))
    print("at_eof at start:", reader.at_eof())
    first = await reader.readexactly(5)
    print("first five", first)
    rest = await reader.read(-1)
    print("rest", len(rest), rest[-5:])
    print("at_eof:", reader.at_eof())
    print("more:", await reader.read(10), await reader.read(), await reader.readline())
    writer.close()
    await writer.wait_closed()

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    everything = await reader.read()
    print("read() to EOF:", len(everything))
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
