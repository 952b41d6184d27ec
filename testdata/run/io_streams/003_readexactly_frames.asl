# Length-prefixed frames read with readexactly: a 4-byte big-endian length,
# then the payload.
import asyncio


def frame(payload):
    return len(payload).to_bytes(4, "big") + payload


async def read_frame(reader):
    header = await reader.readexactly(4)
    n = int.from_bytes(header, "big")
    return await reader.readexactly(n)


async def handle(reader, writer):
    count = 0
    while True:
        try:
            payload = await read_frame(reader)
        except asyncio.IncompleteReadError as e:
            writer.write(frame(b"frames=%d partial=%d" % (count, len(e.partial))))
            break
        count += 1
        writer.write(frame(payload[::-1]))
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    payloads = [b"abc", b"", b"x" * 1000, bytes(range(10))]
    writer.write(b"".join(frame(p) for p in payloads))
    await writer.drain()
    for p in payloads:
        back = await read_frame(reader)
        print(len(back), back[:12], back == p[::-1])
    print("zero bytes:", await reader.readexactly(0))
    writer.write_eof()
    print(await read_frame(reader))
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
