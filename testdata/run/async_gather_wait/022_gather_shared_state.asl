# gather of coroutines updating shared state in a deterministic sleep(0) interleaving.
import asyncio


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.history = []

    async def transfer(self, other, amount, tag):
        if self.balance < amount:
            self.history.append(f"{tag}: refused")
            return False
        self.balance -= amount
        await asyncio.sleep(0)
        other.balance += amount
        self.history.append(f"{tag}: sent {amount}")
        return True


async def main():
    a = Account(100)
    b = Account(50)
    res = await asyncio.gather(
        a.transfer(b, 30, "t1"),
        a.transfer(b, 60, "t2"),
        a.transfer(b, 20, "t3"),
        b.transfer(a, 10, "t4"),
    )
    print(res)
    print(a.balance, b.balance, a.balance + b.balance)
    print(a.history)
    print(b.history)

    counter = {"n": 0}

    async def incr(times):
        for _ in range(times):
            v = counter["n"]
            await asyncio.sleep(0)
            counter["n"] = v + 1

    await asyncio.gather(incr(3), incr(3))
    print("lost updates leave counter at", counter["n"])


asyncio.run(main())
