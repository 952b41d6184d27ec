# Exceptions travel up await chains; finally and except clauses run at each level.
import asyncio


async def fetch(key, store):
    await asyncio.sleep(0)
    return store[key]


async def lookup(key, store):
    try:
        v = await fetch(key, store)
    except KeyError as e:
        print("lookup: missing", e)
        raise LookupError(f"no {key}") from None
    else:
        print("lookup: found", key)
        return v
    finally:
        print("lookup: finally", key)


async def service(keys, store):
    out = []
    for k in keys:
        try:
            out.append(await lookup(k, store))
        except LookupError as e:
            out.append(f"<{e}>")
            print("suppressed context:", e.__suppress_context__, e.__cause__)
    return out


async def main():
    store = {"a": 1, "b": 2}
    print(await service(["a", "x", "b"], store))
    try:
        await fetch("zz", store)
    except KeyError as e:
        print("direct KeyError", repr(e))

    async def thrower(depth):
        if depth == 0:
            raise RuntimeError("bottom")
        try:
            await thrower(depth - 1)
        finally:
            print("unwinding", depth)

    try:
        await thrower(3)
    except RuntimeError as e:
        print("caught", e)


asyncio.run(main())
