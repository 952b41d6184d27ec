# add_done_callback: callbacks run via the loop (not inline), in registration order.
import asyncio

events = []


def make_cb(tag):
    def cb(fut):
        state = "cancelled" if fut.cancelled() else repr(fut.result())
        events.append(f"{tag}: {state}")
    return cb


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    a, b, c = make_cb("a"), make_cb("b"), make_cb("c")
    fut.add_done_callback(a)
    fut.add_done_callback(b)
    fut.add_done_callback(c)
    fut.add_done_callback(b)
    print("removed b:", fut.remove_done_callback(b))
    print("removed missing:", fut.remove_done_callback(make_cb("z")))
    fut.set_result("v")
    events.append("after set_result")
    await asyncio.sleep(0)
    events.append("after sleep")
    fut.add_done_callback(make_cb("late"))
    events.append("late added")
    await asyncio.sleep(0)
    print(events)
    events.clear()

    async def work():
        await asyncio.sleep(0)
        events.append("work finishing")
        return 7

    t = asyncio.create_task(work())
    t.add_done_callback(make_cb("task cb"))
    r = await t
    events.append(f"main got {r}")
    await asyncio.sleep(0)
    print(events)
    events.clear()

    f2 = loop.create_future()
    f2.add_done_callback(make_cb("on cancel"))
    f2.cancel()
    await asyncio.sleep(0)
    print(events)

    # the callback receives the very future
    f3 = loop.create_future()
    f3.add_done_callback(lambda f: events.append(f is f3))
    f3.set_result(0)
    await asyncio.sleep(0)
    print(events[-1])


asyncio.run(main())
