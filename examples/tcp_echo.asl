# A TCP echo server and its clients, on asyncio streams: the server
# upper-cases each line it gets; five clients talk to it at once.
import asyncio


served = []


async def handle_client(reader, writer):
    peer = writer.get_extra_info('peername')[0]
    lines = 0
    async for line in reader:
        writer.write(line.upper())
        await writer.drain()
        lines += 1
    writer.close()
    await writer.wait_closed()
    served.append((peer, lines))


async def client(port, name, count):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    replies = []
    for i in range(count):
        writer.write(f'{name} says hello {i}\n'.encode())
        await writer.drain()
        replies.append((await reader.readline()).decode().strip())
    writer.close()
    await writer.wait_closed()
    return replies


async def main():
    server = await asyncio.start_server(handle_client, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        results = await asyncio.gather(*(client(port, f'client{n}', 3) for n in range(5)))
        for replies in results:
            print(replies[-1])
        while len(served) < 5:  # let the handlers finish
            await asyncio.sleep(0.01)
    for peer, lines in served:
        print(f'server: {peer} sent {lines} lines')


asyncio.run(main())
