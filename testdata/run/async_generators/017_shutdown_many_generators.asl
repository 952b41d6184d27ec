# Several suspended async generators are all finalized at asyncio.run shutdown
# (in no specified order, so their notes are printed sorted afterwards).
import asyncio

notes = []
keep = []


async def gen(name):
    try:
        for i in range(100):
            yield f"{name}{i}"
    finally:
        notes.append(f"{name} finalized")


async def exhausted(name):
    try:
        yield name
    finally:
        notes.append(f"{name} finished normally")


async def main():
    for name in ("alpha", "beta", "gamma"):
        g = gen(name)
        keep.append(g)
        print(await anext(g))
    e = exhausted("delta")
    keep.append(e)
    print([x async for x in e])
    never = gen("never-started")
    keep.append(never)
    closed = gen("closed")
    keep.append(closed)
    await anext(closed)
    await closed.aclose()
    print("notes before shutdown:", notes)
    notes.clear()


asyncio.run(main())
print("finalized at shutdown:")
for n in sorted(notes):
    print(" ", n)
