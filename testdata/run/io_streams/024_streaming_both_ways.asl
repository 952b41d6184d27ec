# The server streams numbers; the client answers each with its square
# while both directions stay open, then says STOP.
import asyncio


async def handle(reader, writer):
    checked = 0
    for i in range(1, 8):
        writer.write(b"%d\n" % i)
        await writer.drain()
        answer = int(await reader.readline())
        if answer == i * i:
            checked += 1
    writer.write(b"STOP %d\n" % checked)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    async for line in reader:
        text = line.decode().strip()
        if text.startswith("STOP"):
            print("server says", text)
            break
        n = int(text)
        print("got", n)
        writer.write(b"%d\n" % (n * n))
        await writer.drain()
    print("eof after:", await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
