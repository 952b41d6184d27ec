# get_extra_info: peername and sockname hosts (not the ports), and
# is_closing before and after close.
import asyncio

seen = []


async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    sock = writer.get_extra_info("sockname")
    seen.append((peer[0], sock[0], type(peer).__name__))
    await reader.read()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    host, sport = server.sockets[0].getsockname()
    print("server socket host", host, sport == port)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    peer = writer.get_extra_info("peername")
    print("client peer", peer[0], peer[1] == port)
    print("client sock host", writer.get_extra_info("sockname")[0])
    print("missing key", writer.get_extra_info("nope"), writer.get_extra_info("nope", "dflt"))
    print("is_closing", writer.is_closing())
    writer.close()
    print("is_closing after close", writer.is_closing())
    await writer.wait_closed()
    print("is_closing after wait_closed", writer.is_closing())
    await asyncio.sleep(0.05)
    print("server saw", seen)
    server.close()
    await server.wait_closed()


asyncio.run(main())
