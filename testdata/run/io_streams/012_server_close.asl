# server.close() stops accepting: is_serving, wait_closed, and a later
# connection attempt refused.
import asyncio


async def handle(reader, writer):
    writer.write(b"hi\n")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("serving", server.is_serving())
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(await reader.readline())
    writer.close()
    await writer.wait_closed()
    server.close()
    print("serving after close", server.is_serving())
    await server.wait_closed()
    print("sockets after close", server.sockets)
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e.errno)
    except OSError as e:
        print("other", type(e).__name__, e.errno)
    server.close()
    await server.wait_closed()
    print("closing twice is fine")


asyncio.run(main())
