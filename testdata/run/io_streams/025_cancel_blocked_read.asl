# A task blocked in reader.read is cancelled; the reader stays usable and
# the data that arrives later is still read.
import asyncio


async def handle(reader, writer):
    await reader.readline()
    writer.write(b"finally some data\n")
    await writer.drain()
    await reader.read()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    task = asyncio.create_task(reader.readline())
    await asyncio.sleep(0.02)
    print("blocked:", not task.done())
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("read cancelled")
    writer.write(b"go\n")
    await writer.drain()
    print(await reader.readline())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
