# async with server: the server is closed when the block ends.
import asyncio


async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    writer.write(("hello, %s\n" % name).encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def greet(port, name):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(name.encode() + b"\n")
    line = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return line.decode().strip()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server as s:
        print("same object:", s is server)
        print("serving:", server.is_serving())
        print(await greet(port, "Ada"))
        print(await asyncio.gather(greet(port, "Bob"), greet(port, "Cy")))
    print("serving after block:", server.is_serving())
    try:
        await greet(port, "late")
    except ConnectionRefusedError as e:
        print(type(e).__name__, e.errno)


asyncio.run(main())
