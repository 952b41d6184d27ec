# Pipelining: the client sends ten requests in one write, then reads the
# ten answers in order.
import asyncio


async def handle(reader, writer):
    n = 0
    while True:
        line = await reader.readline()
        if not line:
            break
        n += 1
        writer.write(b"%d:%s" % (n, line[::-1].strip() + b"\n"))
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
             "india", "juliett"]
    writer.write(b"".join(w.encode() + b"\n" for w in words))
    await writer.drain()
    writer.write_eof()
    answers = []
    while True:
        line = await reader.readline()
        if not line:
            break
        answers.append(line.decode().strip())
    print(len(answers))
    for a in answers:
        print(a)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
