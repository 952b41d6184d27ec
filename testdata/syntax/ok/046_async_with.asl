import asyncio


async def fetch(session, url):
    async with session.get(url) as response:
        return await response.text()


async def transfer(pool):
    async with pool.acquire() as conn, conn.transaction():
        await conn.execute("UPDATE t SET x = 1")


async def locked(lock, sem):
    async with lock, sem:
        await asyncio.sleep(0)


async def grouped():
    async with (
        asyncio.timeout(5) as cm,
        asyncio.TaskGroup() as tg,
    ):
        tg.create_task(asyncio.sleep(1))
    return cm


async def targets(ctx):
    async with ctx() as (a, b):
        pass
    async with ctx() as self.conn:
        pass
    async with (ctx() as x, ctx() as y):
        return x, y
