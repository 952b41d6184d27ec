# Nested TaskGroups: an inner failure travels out as a nested ExceptionGroup.
import asyncio

log = []


async def leaf(name, d, fail=False):
    try:
        await asyncio.sleep(d)
        if fail:
            raise ValueError(name)
        log.append(f"{name} ok")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def branch(name, specs):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(leaf(f"{name}.{i}", d, f)) for i, (d, f) in enumerate(specs)]
    return [t.result() for t in tasks]


def show(eg, depth=0):
    print("  " * depth + f"{type(eg).__name__}: {eg.message if hasattr(eg, 'message') else eg}")
    for e in getattr(eg, "exceptions", ()):
        if isinstance(e, BaseExceptionGroup):
            show(e, depth + 1)
        else:
            print("  " * (depth + 1) + repr(e))


async def main():
    async with asyncio.TaskGroup() as tg:
        b1 = tg.create_task(branch("A", [(0.01, False), (0.02, False)]))
        b2 = tg.create_task(branch("B", [(0.03, False)]))
    print(b1.result(), b2.result())
    print(sorted(log))
    log.clear()

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(branch("A", [(0.01, False), (0.02, True), (0.2, False)]))
            tg.create_task(branch("B", [(0.2, False)]))
            tg.create_task(leaf("C", 0.3))
    except ExceptionGroup as eg:
        show(eg)
    print(sorted(log))


asyncio.run(main())
