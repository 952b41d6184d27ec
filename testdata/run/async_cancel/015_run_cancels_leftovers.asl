# When the main coroutine returns, asyncio.run cancels leftover tasks and lets them clean up.
# (The leftovers are cancelled in no specified order, so they record into a list that is
# printed sorted; only one of them prints directly.)
import asyncio

notes = []


async def background(name, delay):
    try:
        notes.append(f"{name} started")
        await asyncio.sleep(delay)
        notes.append(f"{name} finished normally")
    except asyncio.CancelledError:
        notes.append(f"{name} cancelled at shutdown")
        raise
    finally:
        notes.append(f"{name} finally")


async def polite():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        notes.append("polite: saying goodbye")
        await asyncio.sleep(0)
        notes.append("polite: gone")
        raise


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        notes.append("stubborn: ignores cancel and returns")
        return "ignored"


async def main():
    asyncio.create_task(background("quick", 0.01))
    asyncio.create_task(background("long1", 5))
    asyncio.create_task(background("long2", 5))
    asyncio.create_task(polite())
    asyncio.create_task(stubborn())
    await asyncio.sleep(0.03)
    print("main returns with", len(asyncio.all_tasks()), "tasks alive")
    print(notes)
    notes.clear()
    return "main value"


print("run returned:", asyncio.run(main()))
for n in sorted(notes):
    print(n)


async def lone():
    try:
        await asyncio.sleep(10)
    finally:
        print("lone task finally runs during asyncio.run shutdown")


async def main2():
    asyncio.create_task(lone())
    await asyncio.sleep(0)
    print("main2 returns")


asyncio.run(main2())
print("after second run")
