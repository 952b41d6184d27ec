# serve_forever in a task, cancelled from outside: the task ends with
# CancelledError and the server stops serving.
import asyncio


async def handle(reader, writer):
    writer.write(b"pong\n")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, start_serving=False)
    port = server.sockets[0].getsockname()[1]
    print("serving before serve_forever:", server.is_serving())
    task = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0.01)
    print("serving:", server.is_serving())
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(await reader.readline())
    writer.close()
    await writer.wait_closed()
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("serve_forever cancelled")
    print("task cancelled:", task.cancelled())
    print("serving after cancel:", server.is_serving())
    await server.wait_closed()
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
