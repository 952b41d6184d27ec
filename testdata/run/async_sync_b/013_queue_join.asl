# task_done and join: join returns when every item has been marked done.
import asyncio

log = []


async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(0.01 * item)
        log.append(f"{name} finished {item}")
        q.task_done()


async def main():
    q = asyncio.Queue()
    for item in [9, 1, 2, 1]:
        q.put_nowait(item)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    log.append("join returned")
    print("\n".join(log))
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)

    # join on an empty queue returns immediately
    empty = asyncio.Queue()
    await empty.join()
    print("empty join ok")

    # too many task_done calls
    q2 = asyncio.Queue()
    q2.put_nowait(1)
    q2.get_nowait()
    q2.task_done()
    try:
        q2.task_done()
    except ValueError as e:
        print("ValueError", e)

    # get without task_done keeps join waiting
    q3 = asyncio.Queue()
    q3.put_nowait("item")
    await q3.get()
    try:
        await asyncio.wait_for(q3.join(), 0.02)
    except TimeoutError:
        print("join waits for task_done")
    q3.task_done()
    await asyncio.wait_for(q3.join(), 0.02)
    print("join done after task_done")


asyncio.run(main())
