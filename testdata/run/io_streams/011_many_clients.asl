# Fifty clients at once against one server; each gets its own answer.
import asyncio

served = 0


async def handle(reader, writer):
    global served
    line = await reader.readline()
    n = int(line)
    await asyncio.sleep(0.001 * (n % 5))
    writer.write(b"%d\n" % (n * n))
    await writer.drain()
    served += 1
    writer.close()
    await writer.wait_closed()


async def client(port, n):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"%d\n" % n)
    await writer.drain()
    answer = int(await reader.readline())
    writer.close()
    await writer.wait_closed()
    return n, answer


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    results = await asyncio.gather(*(client(port, n) for n in range(50)))
    print(results[:5], results[-1])
    print("all right:", all(a == n * n for n, a in results))
    print("served", served)
    results = await asyncio.gather(*(client(port, n) for n in range(100, 120)))
    print(sum(a for _, a in results))
    server.close()
    await server.wait_closed()


asyncio.run(main())
