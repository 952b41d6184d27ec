# A client that goes away in the middle of a message: the server's
# readexactly ends with IncompleteReadError, and other clients are fine.
import asyncio

log = []


async def handle(reader, writer):
    try:
        header = await reader.readexactly(4)
        n = int(header)
        body = await reader.readexactly(n)
        writer.write(b"OK " + body.upper() + b"\n")
        await writer.drain()
        log.append(("ok", n))
    except asyncio.IncompleteReadError as e:
        log.append(("incomplete", e.partial, e.expected))
    finally:
        writer.close()
        try:
            await writer.wait_closed()
        except ConnectionError:
            pass
        finished.set()


async def main():
    global finished
    finished = asyncio.Event()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"0010hello")
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    await finished.wait()
    finished.clear()

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"0005hello")
    await writer.drain()
    print(await reader.readline())
    writer.close()
    await writer.wait_closed()
    await finished.wait()
    finished.clear()

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.close()
    await writer.wait_closed()
    await finished.wait()

    for entry in log:
        print(entry)
    server.close()
    await server.wait_closed()


asyncio.run(main())
