# A line protocol: commands UPPER, REV, ADD and QUIT, one per line.
import asyncio


async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        cmd, _, arg = line.decode().rstrip("\n").partition(" ")
        if cmd == "UPPER":
            reply = arg.upper()
        elif cmd == "REV":
            reply = arg[::-1]
        elif cmd == "ADD":
            try:
                reply = str(sum(int(x) for x in arg.split()))
            except ValueError as e:
                reply = "ERR " + str(e)
        elif cmd == "QUIT":
            writer.write(b"BYE\n")
            await writer.drain()
            break
        else:
            reply = "ERR unknown command " + repr(cmd)
        writer.write((reply + "\n").encode())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for cmd in ["UPPER hello world", "REV stressed", "ADD 1 2 3 4", "ADD 1 x",
                "NOPE", "UPPER", "QUIT"]:
        writer.write((cmd + "\n").encode())
        await writer.drain()
        reply = await reader.readline()
        print("%-20s -> %r" % (cmd, reply))
    print("after QUIT:", await reader.readline())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
