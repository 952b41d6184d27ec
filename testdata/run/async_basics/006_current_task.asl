# current_task() inside tasks and awaited coroutines; None outside a task is not checked.
import asyncio


async def inner():
    return asyncio.current_task()


async def who(tag):
    t = asyncio.current_task()
    t2 = await inner()
    print(tag, t is t2, t.get_name())
    await asyncio.sleep(0)
    print(tag, "still", asyncio.current_task() is t)
    return t


async def main():
    main_task = asyncio.current_task()
    print("main task found:", main_task is not None)
    print("inner sees main:", await inner() is main_task)
    t = asyncio.create_task(who("child"), name="kid")
    got = await t
    print("child returned itself:", got is t)
    print("child differs from main:", got is not main_task)
    await who("main-direct")
    tasks = [asyncio.create_task(who(f"w{i}"), name=f"w{i}") for i in range(3)]
    for task in tasks:
        r = await task
        print("same object:", r is task, r.get_name())
    print(asyncio.current_task(asyncio.get_running_loop()) is main_task)


asyncio.run(main())
