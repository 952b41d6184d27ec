import asyncio
import contextlib
import signal


class WorkerPool:
    def __init__(self, size: int = 4) -> None:
        self.size = size
        self.queue: asyncio.Queue = asyncio.Queue()
        self.workers: list[asyncio.Task] = []
        self.results: dict[int, object] = {}

    async def _worker(self, wid: int) -> None:
        while True:
            job_id, coro_fn, args = await self.queue.get()
            try:
                self.results[job_id] = await coro_fn(*args)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                self.results[job_id] = exc
            finally:
                self.queue.task_done()

    async def __aenter__(self):
        self.workers = [asyncio.create_task(self._worker(i), name=f"w{i}") for i in range(self.size)]
        return self

    async def __aexit__(self, *exc):
        await self.queue.join()
        for w in self.workers:
            w.cancel()
        for w in self.workers:
            with contextlib.suppress(asyncio.CancelledError):
                await w

    def submit(self, job_id, coro_fn, *args):
        self.queue.put_nowait((job_id, coro_fn, args))


async def job(n):
    await asyncio.sleep(n / 100)
    return n * n


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    async with WorkerPool(3) as pool:
        for i in range(10):
            pool.submit(i, job, i)
    print(dict(sorted(pool.results.items())))


asyncio.run(main())
