# A job scheduler: a PriorityQueue of (priority, seq, job), two workers, cancellation of the rest.
import asyncio


async def job(name, cost):
    await asyncio.sleep(cost)
    return f"{name} done"


async def worker(wid, pq, log):
    while True:
        prio, seq, name, cost = await pq.get()
        try:
            r = await job(name, cost)
            log.append((prio, seq, name, wid))
        finally:
            pq.task_done()


async def main():
    pq = asyncio.PriorityQueue()
    log = []
    jobs = [(3, "cleanup", 0.002), (1, "deploy", 0.004), (2, "test", 0.003), (1, "hotfix", 0.001),
            (3, "report", 0.002), (2, "lint", 0.001)]
    for seq, (prio, name, cost) in enumerate(jobs):
        pq.put_nowait((prio, seq, name, cost))
    workers = [asyncio.create_task(worker(i, pq, log)) for i in range(2)]
    await pq.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    started = sorted(log, key=lambda e: (e[0], e[1]))
    print("by priority then submission:", [e[2] for e in started])
    print("jobs done:", len(log), "workers cancelled:", all(w.cancelled() for w in workers))
    print("priorities never inverted at start:",
          [p for p, _, _, _ in started] == sorted(p for p, _, _, _ in log))


asyncio.run(main())
