# Half-close: the client sends, then write_eof; the server reads to EOF,
# answers on the still-open direction, and closes.
import asyncio


async def handle(reader, writer):
    data = await reader.read()
    words = data.split()
    writer.write(b"got %d words\n" % len(words))
    writer.write(b" ".join(sorted(words)) + b"\n")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("can_write_eof", writer.can_write_eof())
    writer.write(b"the quick brown fox ")
    writer.write(b"jumps over the lazy dog")
    await writer.drain()
    writer.write_eof()
    print(await reader.readline())
    print(await reader.readline())
    print(await reader.read())
    writer.close()
    await writer.wait_closed()

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write_eof()
    print("nothing sent:", await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
