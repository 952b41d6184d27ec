# async with on classes: __aenter__ result, __aexit__ arguments, suppression.
import asyncio

log = []


class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0)
        log.append(f"enter {self.name}")
        return f"handle-{self.name}"

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        kind = exc_type.__name__ if exc_type else None
        log.append(f"exit {self.name}: {kind} {exc!r} tb={'yes' if tb else 'no'}")
        return self.suppress


async def main():
    async with Managed("a") as h:
        log.append(f"body with {h}")
    try:
        async with Managed("b") as h:
            raise ValueError("inside b")
    except ValueError as e:
        log.append(f"propagated {e}")
    async with Managed("c", suppress=True):
        raise KeyError("swallowed")
    log.append("after c, exception was swallowed")
    async with Managed("d") as x, Managed("e", suppress=True) as y:
        log.append(f"two managers {x} {y}")
        raise RuntimeError("only e sees me")
    log.append("after d/e")
    print("\n".join(log))

    class Broken:
        async def __aenter__(self):
            raise OSError("cannot enter")

        async def __aexit__(self, *a):
            log.append("never called")

    log.clear()
    try:
        async with Broken():
            log.append("never body")
    except OSError as e:
        print("OSError", e, log)

    class NoAsync:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            return False

    try:
        async with NoAsync():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)


asyncio.run(main())
