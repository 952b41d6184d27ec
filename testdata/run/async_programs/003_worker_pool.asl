# A worker pool: a Queue of jobs, N workers, sentinels to stop, results and failures.
import asyncio

STOP = object()


def compute(n):
    if n % 7 == 0:
        raise ValueError(f"{n} is divisible by 7")
    return sum(i * i for i in range(n))


async def worker(wid, jobs, results, failures):
    done = 0
    while True:
        job = await jobs.get()
        if job is STOP:
            jobs.task_done()
            return wid, done
        await asyncio.sleep(0.001 * (job % 3))
        try:
            results[job] = compute(job)
        except ValueError as e:
            failures.append(str(e))
        done += 1
        jobs.task_done()


async def main():
    jobs = asyncio.Queue()
    results, failures = {}, []
    n_workers = 4
    workers = [asyncio.create_task(worker(i, jobs, results, failures)) for i in range(n_workers)]
    for n in range(1, 22):
        jobs.put_nowait(n)
    for _ in range(n_workers):
        jobs.put_nowait(STOP)
    await jobs.join()
    stats = await asyncio.gather(*workers)
    print("jobs per worker total:", sum(d for _, d in stats))
    print("workers stopped:", sorted(w for w, _ in stats))
    print("results:", len(results), [results[k] for k in sorted(results)][:6])
    print("largest:", max(results.items(), key=lambda kv: kv[1]))
    print("failures:", sorted(failures))


asyncio.run(main())
