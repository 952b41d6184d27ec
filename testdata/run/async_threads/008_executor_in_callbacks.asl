import asyncio


def square(x):
    return x * x


async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.run_in_executor(None, square, i) for i in range(10)]
    done, pending = await asyncio.wait(futs)
    print(len(done), len(pending))
    print([f.result() for f in futs])
    fut = loop.run_in_executor(None, square, 7)
    fut.add_done_callback(lambda f: print("callback sees", f.result()))
    await fut
    await asyncio.sleep(0)
    for coro in asyncio.as_completed([asyncio.to_thread(square, 3)]):
        print("as_completed", await coro)


asyncio.run(main())
