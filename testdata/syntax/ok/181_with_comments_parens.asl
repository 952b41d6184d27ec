import asyncio


async def main(pool, path):
    with (  # open both files
        open(path) as src,  # source
        # a comment line between items
        open(path + ".bak", "w") as dst,  # destination
    ):  # end of header
        dst.write(src.read())

    async with (
        pool.acquire() as conn,
        conn.transaction(),  # no target
    ):
        await conn.execute("SELECT 1")

    with (
        open(path)
    ) as f:
        pass

    with (open(path) as a,
          open(path) as b): pass

    async with (asyncio.timeout(1)):
        await asyncio.sleep(0)


asyncio.run(main(None, "data.txt"))
