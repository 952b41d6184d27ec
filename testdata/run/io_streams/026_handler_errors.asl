# A handler that hangs up without answering does not stop the server:
# later clients are served; the hung-up client reads b"".
import asyncio

count = 0


async def handle(reader, writer):
    global count
    count += 1
    line = await reader.readline()
    if line.startswith(b"crash"):
        writer.close()
        await writer.wait_closed()
        return
    writer.write(b"fine: " + line)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def ask(port, text):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(text)
    await writer.drain()
    data = await reader.read()
    writer.close()
    await writer.wait_closed()
    return data


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(await ask(port, b"first\n"))
    print(await ask(port, b"crash now\n"))
    print(await ask(port, b"second\n"))
    print(await asyncio.gather(ask(port, b"a\n"), ask(port, b"crash\n"), ask(port, b"b\n")))
    print("handled", count)
    server.close()
    await server.wait_closed()


asyncio.run(main())
