# call_later / call_at fire by deadline; the same deadline runs in scheduling order.
import asyncio

fired = []


def note(tag):
    fired.append(tag)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.05, note, "later 0.05")
    loop.call_later(0.01, note, "later 0.01")
    loop.call_soon(note, "soon")
    loop.call_later(0, note, "later 0")
    now = loop.time()
    loop.call_at(now + 0.03, note, "at +0.03")
    h = loop.call_later(0.02, note, "cancelled one")
    h2 = loop.call_at(now + 0.04, note, "at +0.04")
    print(type(h).__name__, type(h2).__name__)
    h.cancel()
    print("h cancelled", h.cancelled())
    await asyncio.sleep(0.1)
    for f in fired:
        print(f)
    fired.clear()

    # nested: a timer callback scheduling call_soon and another timer
    def outer():
        fired.append("outer")
        loop.call_soon(note, "soon from outer")
        loop.call_later(0.02, note, "later from outer")
    loop.call_later(0.01, outer)
    loop.call_later(0.05, note, "last")
    await asyncio.sleep(0.08)
    print(fired)

    # negative delays fire as soon as possible, in scheduling order
    fired.clear()
    loop.call_later(-1, note, "neg")
    loop.call_soon(note, "soon2")
    loop.call_at(loop.time() - 5, note, "past")
    await asyncio.sleep(0.01)
    print(fired)


asyncio.run(main())
