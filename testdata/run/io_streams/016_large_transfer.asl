# One megabyte each way with drain: the server echoes in chunks, the
# client writes and reads concurrently, and the bytes come back intact.
import asyncio
import hashlib

SIZE = 1024 * 1024


async def handle(reader, writer):
    total = 0
    while True:
        chunk = await reader.read(65536)
        if not chunk:
            break
        total += len(chunk)
        writer.write(chunk)
        await writer.drain()
    writer.write(b"TOTAL %d\n" % total)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    payload = bytes((i * 7) % 256 for i in range(SIZE))

    async def send():
        for i in range(0, SIZE, 100000):
            writer.write(payload[i:i + 100000])
            await writer.drain()
        writer.write_eof()

    sender = asyncio.create_task(send())
    back = await reader.readexactly(SIZE)
    trailer = await reader.readline()
    await sender
    print("echoed", len(back), back == payload)
    print(hashlib.sha256(back).hexdigest()[:16])
    print(trailer)
    print("eof", await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
