# all_tasks() counts the pending tasks of the running loop, including the main task.
import asyncio


async def sleeper(d):
    await asyncio.sleep(d)
    return d


async def main():
    print("alone:", len(asyncio.all_tasks()))
    me = asyncio.current_task()
    print("main in all_tasks:", me in asyncio.all_tasks())
    ts = [asyncio.create_task(sleeper(d), name=f"s{i}") for i, d in enumerate([0.01, 0.05, 0.1])]
    print("after create:", len(asyncio.all_tasks()))
    print(sorted(t.get_name() for t in asyncio.all_tasks() if t is not me))
    await asyncio.sleep(0.03)
    print("after 0.03:", len(asyncio.all_tasks()))
    print(sorted(t.get_name() for t in asyncio.all_tasks() if t is not me))
    await ts[1]
    print("after s1:", len(asyncio.all_tasks()))
    await asyncio.gather(*ts)
    print("after all:", len(asyncio.all_tasks()))
    print(type(asyncio.all_tasks()).__name__)
    done = [t.done() for t in ts]
    print(done)
    t = asyncio.create_task(sleeper(0))
    print("new one:", len(asyncio.all_tasks()))
    t.cancel()
    await asyncio.sleep(0)
    print("cancelled gone:", len(asyncio.all_tasks()), t.cancelled())


asyncio.run(main())
