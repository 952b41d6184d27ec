# Many clients update state the server shares between connections; the
# final total does not depend on their order.
import asyncio

state = {"total": 0, "clients": 0, "commands": 0}


async def handle(reader, writer):
    state["clients"] += 1
    async for line in reader:
        parts = line.decode().split()
        state["commands"] += 1
        if parts[0] == "ADD":
            state["total"] += int(parts[1])
            writer.write(b"OK\n")
        elif parts[0] == "GET":
            writer.write(b"%d\n" % state["total"])
        else:
            writer.write(b"ERR\n")
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, k):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    oks = 0
    for i in range(k):
        writer.write(b"ADD %d\n" % (k * 10 + i))
        await writer.drain()
        if await reader.readline() == b"OK\n":
            oks += 1
    writer.write(b"BOGUS\n")
    await writer.drain()
    err = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return oks, err


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    results = await asyncio.gather(*(client(port, k) for k in range(1, 11)))
    print(results[:3])
    expected = sum(k * 10 + i for k in range(1, 11) for i in range(k))
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"GET\n")
    total = int(await reader.readline())
    writer.close()
    await writer.wait_closed()
    print("total", total, total == expected)
    await asyncio.sleep(0.01)
    print("clients", state["clients"], "commands", state["commands"])
    server.close()
    await server.wait_closed()


asyncio.run(main())
