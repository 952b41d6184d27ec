# 100 clients each sending 1,000 short lines to a line echo server and
# reading every reply: many small reads and writes.
import asyncio


async def echo(reader, writer):
    async for line in reader:
        writer.write(line)
    writer.close()


async def client(port):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    n = 0
    for i in range(1000):
        writer.write(b'ping %d\n' % i)
        await reader.readline()
        n += 1
    writer.close()
    return n


async def main():
    server = await asyncio.start_server(echo, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    counts = await asyncio.gather(*(client(port) for _ in range(100)))
    server.close()
    print(sum(counts))


asyncio.run(main())
