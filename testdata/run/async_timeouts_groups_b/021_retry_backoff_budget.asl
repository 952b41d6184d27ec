# Retry with exponential backoff, each attempt under its own timeout,
# the whole operation under an absolute budget with timeout_at.
import asyncio


class Flaky:
    def __init__(self, plan):
        self.plan = list(plan)
        self.calls = 0

    async def call(self):
        self.calls += 1
        kind = self.plan.pop(0) if self.plan else "ok"
        if kind == "hang":
            await asyncio.sleep(1)
        await asyncio.sleep(0.001)
        if kind == "error":
            raise ConnectionError(f"attempt {self.calls} failed")
        return f"success on attempt {self.calls}"


async def retry(service, attempts, per_try, base_delay, log):
    delay = base_delay
    for i in range(attempts):
        try:
            async with asyncio.timeout(per_try):
                return await service.call()
        except TimeoutError:
            log.append(f"try {i + 1}: timeout")
        except ConnectionError as e:
            log.append(f"try {i + 1}: {e}")
        await asyncio.sleep(delay)
        delay *= 2
    raise RuntimeError(f"gave up after {attempts} attempts")


async def main():
    loop = asyncio.get_running_loop()
    for plan in (["ok"], ["error", "ok"], ["hang", "error", "ok"], ["error"] * 5):
        log = []
        try:
            async with asyncio.timeout_at(loop.time() + 0.3):
                r = await retry(Flaky(plan), 4, 0.02, 0.005, log)
        except RuntimeError as e:
            r = f"RuntimeError: {e}"
        print(plan, "->", r)
        print("   ", log)
    log = []
    try:
        async with asyncio.timeout_at(loop.time() + 0.05):
            await retry(Flaky(["hang"] * 10), 10, 0.03, 0.001, log)
    except TimeoutError:
        print("budget exhausted after", len(log), "timeouts")


asyncio.run(main())
