# A connection pool: a Semaphore bounds checkouts, a Queue holds idle connections.
import asyncio


class Pool:
    def __init__(self, size):
        self.sem = asyncio.Semaphore(size)
        self.idle = asyncio.Queue()
        for i in range(size):
            self.idle.put_nowait(f"conn{i}")
        self.in_use = 0
        self.peak = 0

    async def query(self, sql, d):
        async with self.sem:
            conn = self.idle.get_nowait()
            self.in_use += 1
            self.peak = max(self.peak, self.in_use)
            try:
                await asyncio.sleep(d)
                if "DROP" in sql:
                    raise PermissionError(f"{sql!r} refused on {conn}")
                return f"{sql} via {conn}"
            finally:
                self.in_use -= 1
                self.idle.put_nowait(conn)


async def main():
    pool = Pool(2)
    queries = [("SELECT 1", 0.03), ("SELECT 2", 0.01), ("DROP t", 0.05), ("SELECT 3", 0.01),
               ("SELECT 4", 0.01)]
    res = await asyncio.gather(*(pool.query(q, d) for q, d in queries), return_exceptions=True)
    for r in res:
        print(r if isinstance(r, str) else f"{type(r).__name__}: {r}")
    print("peak in use:", pool.peak, "idle:", pool.idle.qsize(), "sem locked:", pool.sem.locked())


asyncio.run(main())
