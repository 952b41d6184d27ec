import asyncio
from asyncio import TaskGroup


async def download(name: str, size: int) -> int:
    received = 0
    while received < size:
        await asyncio.sleep(0)
        received += min(1024, size - received)
    return received


async def main() -> int:
    sizes = {"a.bin": 4096, "b.bin": 10_000, "c.bin": 1}
    async with TaskGroup() as tg:
        tasks = {name: tg.create_task(download(name, size), name=name)
                 for name, size in sizes.items()}
    total = sum(t.result() for t in tasks.values())
    try:
        async with asyncio.timeout(0.5):
            async with asyncio.TaskGroup() as group:
                group.create_task(asyncio.sleep(10))
    except TimeoutError:
        print("timed out")
    except ValueError as err:
        print(err.args)
    return total


if __name__ == "__main__":
    print(asyncio.run(main()))
