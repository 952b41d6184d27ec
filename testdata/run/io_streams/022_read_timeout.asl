# A silent server: wait_for on a read times out, and the connection is
# still usable afterwards.
import asyncio


async def handle(reader, writer):
    line = await reader.readline()
    writer.write(b"late answer to " + line)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        await asyncio.wait_for(reader.readline(), 0.05)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__)
    try:
        async with asyncio.timeout(0.05):
            await reader.read(10)
    except TimeoutError:
        print("timed out again")
    writer.write(b"question\n")
    await writer.drain()
    print(await asyncio.wait_for(reader.readline(), 2))
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
