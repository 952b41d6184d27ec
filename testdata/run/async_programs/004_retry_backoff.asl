# Retry with exponential backoff and jitter-free delays against scripted failures.
import asyncio


class TransientError(Exception):
    pass


class PermanentError(Exception):
    pass


class Service:
    def __init__(self, script):
        self.script = list(script)
        self.calls = 0

    async def call(self, arg):
        self.calls += 1
        await asyncio.sleep(0.001)
        outcome = self.script.pop(0) if self.script else "ok"
        if outcome == "transient":
            raise TransientError(f"call {self.calls} transient")
        if outcome == "permanent":
            raise PermanentError(f"call {self.calls} permanent")
        return f"{arg} handled on call {self.calls}"


async def retry(fn, *args, attempts=4, base=0.002, factor=2):
    delays = []
    delay = base
    for i in range(1, attempts + 1):
        try:
            return await fn(*args), delays
        except TransientError:
            if i == attempts:
                raise
            delays.append(delay)
            await asyncio.sleep(delay)
            delay *= factor


async def main():
    scripts = [
        [],
        ["transient"],
        ["transient", "transient", "transient"],
        ["transient", "permanent"],
        ["transient"] * 4,
    ]
    for script in scripts:
        svc = Service(script)
        try:
            result, delays = await retry(svc.call, "req")
            print("OK  ", result, "delays", delays)
        except TransientError as e:
            print("FAIL", "transient exhausted:", e, "calls", svc.calls)
        except PermanentError as e:
            print("FAIL", "permanent:", e, "calls", svc.calls)
    svcs = [Service(["transient"] * i) for i in range(3)]
    res = await asyncio.gather(*(retry(s.call, f"r{i}") for i, s in enumerate(svcs)))
    print([r for r, _ in res])


asyncio.run(main())
