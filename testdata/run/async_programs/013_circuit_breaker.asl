# A circuit breaker: closed -> open after failures -> half-open after a cool-down.
import asyncio


class CircuitOpen(Exception):
    pass


class Breaker:
    def __init__(self, threshold, cooldown):
        self.threshold = threshold
        self.cooldown = cooldown
        self.failures = 0
        self.state = "closed"
        self.opened_at = None
        self.transitions = []

    def _set(self, state):
        self.transitions.append(f"{self.state}->{state}")
        self.state = state

    async def call(self, fn):
        loop = asyncio.get_running_loop()
        if self.state == "open":
            if loop.time() - self.opened_at >= self.cooldown:
                self._set("half-open")
            else:
                raise CircuitOpen("circuit is open")
        try:
            result = await fn()
        except Exception:
            self.failures += 1
            if self.state == "half-open" or self.failures >= self.threshold:
                self._set("open")
                self.opened_at = loop.time()
            raise
        if self.state == "half-open":
            self._set("closed")
        self.failures = 0
        return result


def service(outcomes):
    it = iter(outcomes)

    async def call():
        await asyncio.sleep(0.001)
        if next(it) == "fail":
            raise ConnectionError("down")
        return "up"
    return call


async def main():
    b = Breaker(threshold=2, cooldown=0.05)
    call = service(["ok", "fail", "fail", "fail", "ok", "ok"])
    plan = [0, 0, 0, 0, 0.07, 0, 0, 0.07, 0]
    for pause in plan:
        await asyncio.sleep(pause)
        try:
            print("result:", await b.call(call), "| state:", b.state)
        except CircuitOpen as e:
            print("rejected:", e, "| state:", b.state)
        except ConnectionError as e:
            print("failed:", e, "| state:", b.state)
        except StopIteration:
            print("no more outcomes")
            break
    print(b.transitions)


asyncio.run(main())
