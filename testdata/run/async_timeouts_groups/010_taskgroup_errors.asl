# RuntimeErrors of TaskGroup misuse: not entered, entered twice, finished,
# shutting down.
import asyncio


async def nop():
    return 1


async def main():
    tg = asyncio.TaskGroup()
    coro = nop()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(e)
    coro.close()

    async with tg:
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print(e)
    print(repr(tg))

    coro = nop()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(e)
    coro.close()

    async def fail():
        raise ValueError('x')

    async def late_spawn(g):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            c = nop()
            try:
                g.create_task(c)
            except RuntimeError as e:
                print('late:', e)
            c.close()
            raise

    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(late_spawn(g))
            g.create_task(fail())
    except ExceptionGroup as eg:
        print(repr(eg))

    # While the group waits for its tasks on exit, they may still add tasks.
    async def adder(g):
        await asyncio.sleep(0.01)
        t = g.create_task(nop())
        return t

    async with asyncio.TaskGroup() as g:
        a = g.create_task(adder(g))
    print('added while exiting:', a.result().result())

    tg2 = asyncio.TaskGroup()
    try:
        await tg2.__aexit__(None, None, None)
    except Exception as e:
        print(type(e).__name__)
    else:
        print('exit without enter is quiet')


asyncio.run(main())
