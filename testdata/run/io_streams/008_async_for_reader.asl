# async for line in reader: a StreamReader yields lines until EOF.
import asyncio

POEM = [b"Roses are red\n", b"Violets are blue\n", b"\n", b"Streams are async\n", b"no newline"]


async def handle(reader, writer):
    for line in POEM:
        writer.write(line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    n = 0
    async for line in reader:
        n += 1
        print(n, line)
    print("lines:", n, "eof:", reader.at_eof())
    writer.close()
    await writer.wait_closed()

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    lengths = [len(line) async for line in reader]
    print(lengths)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
