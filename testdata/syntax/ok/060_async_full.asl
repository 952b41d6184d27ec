import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def connection(dsn):
    conn = await connect(dsn)
    try:
        yield conn
    finally:
        await conn.close()


class Service:
    async def __aenter__(self):
        await self.start()
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.stop()
        return False

    def __aiter__(self):
        return self

    async def __anext__(self):
        item = await self.queue.get()
        if item is None:
            raise StopAsyncIteration
        return item

    async def run(self):
        async with self as svc:
            async for msg in svc:
                await self.handle(msg)


async def main():
    async with connection("db://") as conn:
        rows = [r async for r in conn.cursor("SELECT 1")]
    return rows


if __name__ == "__main__":
    asyncio.run(main())
