# 200 MB through one TCP connection on 127.0.0.1: the client writes 64 KiB
# chunks with drain(), the server reads until EOF and counts.
import asyncio

TOTAL = 200 * 1024 * 1024
CHUNK = b'x' * 65536


async def main():
    got = 0
    done = asyncio.Event()

    async def sink(reader, writer):
        nonlocal got
        while True:
            data = await reader.read(65536)
            if not data:
                break
            got += len(data)
        writer.close()
        done.set()

    server = await asyncio.start_server(sink, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    for _ in range(TOTAL // len(CHUNK)):
        writer.write(CHUNK)
        await writer.drain()
    writer.close()
    await done.wait()
    server.close()
    print(got)


asyncio.run(main())
