# writelines sends a list of chunks at once; the server counts and joins.
import asyncio

received = []


async def handle(reader, writer):
    data = await reader.read()
    received.append(data)
    lines = data.split(b"\n")
    writer.write(b"%d lines, %d bytes\n" % (len(lines) - 1, len(data)))
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.writelines([b"one\n", b"two\n", b"three\n"])
    writer.writelines([])
    writer.writelines(iter([b"four\n", b"", b"five\n"]))
    await writer.drain()
    writer.write_eof()
    print(await reader.readline())
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    print(received)
    try:
        writer2 = None
        r2, writer2 = await asyncio.open_connection("127.0.0.1", port)
        writer2.write("text is not bytes")
    except TypeError as e:
        print(type(e).__name__, e)
    if writer2 is not None:
        writer2.close()
        await writer2.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
