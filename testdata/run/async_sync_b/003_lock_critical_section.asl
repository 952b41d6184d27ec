# Read-modify-write across an await: lost updates without a lock, none with it.
import asyncio


class Store:
    def __init__(self):
        self.value = 0
        self.lock = asyncio.Lock()

    async def unsafe_add(self, n):
        v = self.value
        await asyncio.sleep(0)
        self.value = v + n

    async def safe_add(self, n):
        async with self.lock:
            v = self.value
            await asyncio.sleep(0)
            self.value = v + n


async def main():
    s = Store()
    await asyncio.gather(*(s.unsafe_add(i) for i in range(1, 11)))
    print("unsafe total:", s.value)
    s.value = 0
    await asyncio.gather(*(s.safe_add(i) for i in range(1, 11)))
    print("safe total:", s.value, "expected", sum(range(1, 11)))

    # a bank transfer keeps the sum constant under a shared lock
    accounts = {"a": 100, "b": 100, "c": 100}
    lock = asyncio.Lock()

    async def transfer(src, dst, amt):
        async with lock:
            if accounts[src] < amt:
                return f"{src}->{dst} {amt} refused"
            accounts[src] -= amt
            await asyncio.sleep(0)
            accounts[dst] += amt
            return f"{src}->{dst} {amt} ok"

    moves = [("a", "b", 70), ("a", "c", 50), ("b", "c", 120), ("c", "a", 10), ("b", "a", 200)]
    for r in await asyncio.gather(*(transfer(*m) for m in moves)):
        print(r)
    print(accounts, sum(accounts.values()))


asyncio.run(main())
