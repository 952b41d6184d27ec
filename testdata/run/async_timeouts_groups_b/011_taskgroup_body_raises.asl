# The body of the async with raising: children are cancelled and the error joins the group.
import asyncio

log = []


async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1"))
            tg.create_task(child("c2"))
            await asyncio.sleep(0.01)
            raise LookupError("body failed")
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, [repr(e) for e in eg.exceptions])
    except LookupError as e:
        print("plain LookupError", e)
    print(sorted(log))
    log.clear()

    # body fails before any child has started
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("early"))
            raise ValueError("immediately")
    except ExceptionGroup as eg:
        print(eg.message, [repr(e) for e in eg.exceptions])
    print("early child ran:", log)

    # body fails and a child fails too
    async def failing():
        await asyncio.sleep(0)
        raise OSError("child error")

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            try:
                await asyncio.sleep(0.01)
            except asyncio.CancelledError:
                print("the child's failure cancelled the body first")
                raise
            raise KeyError("body error")
    except ExceptionGroup as eg:
        print(eg.message, sorted(repr(e) for e in eg.exceptions))
    except KeyError as e:
        print("body error only", e)


asyncio.run(main())
