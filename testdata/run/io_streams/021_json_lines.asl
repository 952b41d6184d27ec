# A JSON-lines request/response protocol over a stream.
import asyncio
import json


async def handle(reader, writer):
    async for line in reader:
        try:
            req = json.loads(line)
            op = req["op"]
            args = req.get("args", [])
            if op == "sum":
                resp = {"ok": True, "result": sum(args)}
            elif op == "sort":
                resp = {"ok": True, "result": sorted(args)}
            elif op == "echo":
                resp = {"ok": True, "result": req}
            else:
                resp = {"ok": False, "error": "unknown op %s" % op}
        except (ValueError, KeyError, TypeError) as e:
            resp = {"ok": False, "error": type(e).__name__}
        writer.write(json.dumps(resp, sort_keys=True).encode() + b"\n")
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    requests = [
        {"op": "sum", "args": [1, 2, 3.5]},
        {"op": "sort", "args": ["pear", "apple", "fig"]},
        {"op": "echo", "args": {"nested": [1, {"x": None}]}},
        {"op": "fly"},
        {"args": []},
        {"op": "sum", "args": [1, "a"]},
    ]
    for req in requests:
        writer.write(json.dumps(req).encode() + b"\n")
        await writer.drain()
        print(json.loads(await reader.readline()))
    writer.write(b"this is not json\n")
    await writer.drain()
    print(await reader.readline())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
