# An echo server and one client on 127.0.0.1, port chosen by the system.
import asyncio


async def handle(reader, writer):
    data = await reader.read(100)
    writer.write(data)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("port is an int:", isinstance(port, int) and port > 0)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(type(reader).__name__, type(writer).__name__)
    writer.write(b"Hello, echo!")
    await writer.drain()
    data = await reader.read(100)
    print("received", data)
    print("then", await reader.read(100), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print("done")


asyncio.run(main())
