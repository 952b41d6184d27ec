# Combining wait with done callbacks and results gathered in a dict.
import asyncio

results = {}


def record(task):
    if task.cancelled():
        results[task.get_name()] = "cancelled"
    elif task.exception():
        results[task.get_name()] = f"error {task.exception()}"
    else:
        results[task.get_name()] = task.result()


async def job(kind, d):
    await asyncio.sleep(d)
    if kind == "fail":
        raise ArithmeticError("overflowed")
    return kind * 2


async def main():
    specs = {"j1": ("ok", 0.01), "j2": ("fail", 0.02), "j3": ("slow", 0.2), "j4": ("hi", 0.03)}
    tasks = []
    for name, (kind, d) in specs.items():
        t = asyncio.create_task(job(kind, d), name=name)
        t.add_done_callback(record)
        tasks.append(t)
    done, pending = await asyncio.wait(tasks, timeout=0.06)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    for k in sorted(results):
        print(k, results[k])


asyncio.run(main())
