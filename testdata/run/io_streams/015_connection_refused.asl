# Connecting to a port nobody listens on: ConnectionRefusedError, an
# OSError with errno ECONNREFUSED.
import asyncio


async def free_port():
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()
    return port


async def main():
    port = await free_port()
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e.errno, e.errno == 111)
        print(isinstance(e, ConnectionError), isinstance(e, OSError))
    results = await asyncio.gather(
        *(asyncio.open_connection("127.0.0.1", port) for _ in range(3)),
        return_exceptions=True)
    print([type(r).__name__ for r in results])
    try:
        await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), 2)
    except OSError as e:
        print("through wait_for:", type(e).__name__, e.errno)


asyncio.run(main())
