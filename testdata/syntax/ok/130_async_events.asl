import asyncio


class Barrier:
    def __init__(self, parties: int) -> None:
        self.parties = parties
        self.count = 0
        self.cond = asyncio.Condition()

    async def wait(self) -> int:
        async with self.cond:
            self.count += 1
            index = self.count
            if self.count == self.parties:
                self.cond.notify_all()
            else:
                await self.cond.wait_for(lambda: self.count >= self.parties)
            return index


async def waiter(event: asyncio.Event, name: str) -> str:
    print(f"{name} waiting")
    await event.wait()
    return f"{name} released"


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0.01)
    event.set()
    done, pending = await asyncio.wait(tasks, timeout=1, return_when=asyncio.ALL_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    barrier = Barrier(3)
    print(await asyncio.gather(*(barrier.wait() for _ in range(3))))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 42)
    print(await asyncio.wait_for(fut, timeout=1))
    lock = asyncio.Lock()
    async with lock:
        assert lock.locked()


asyncio.run(main())
