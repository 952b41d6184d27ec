import asyncio

clients: set[asyncio.StreamWriter] = set()


async def broadcast(message: bytes, sender: asyncio.StreamWriter | None = None) -> None:
    for writer in list(clients):
        if writer is sender:
            continue
        try:
            writer.write(message)
            await writer.drain()
        except ConnectionError:
            clients.discard(writer)


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    peer = writer.get_extra_info("peername")
    clients.add(writer)
    await broadcast(f"* {peer} joined\n".encode(), writer)
    try:
        while line := await reader.readline():
            text = line.decode(errors="replace").rstrip()
            if text == "/quit":
                break
            await broadcast(f"{peer}: {text}\n".encode(), writer)
    except asyncio.CancelledError:
        raise
    finally:
        clients.discard(writer)
        writer.close()
        await writer.wait_closed()
        await broadcast(f"* {peer} left\n".encode())


async def main(host: str = "127.0.0.1", port: int = 8888) -> None:
    server = await asyncio.start_server(handle, host, port)
    addrs = ", ".join(str(sock.getsockname()) for sock in server.sockets)
    print(f"serving on {addrs}")
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
