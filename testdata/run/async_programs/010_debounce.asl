# Debouncing bursts of events with call_later handles that get cancelled and rescheduled.
import asyncio


class Debouncer:
    def __init__(self, delay, action):
        self.delay = delay
        self.action = action
        self.handle = None
        self.pending = []
        self.cancelled = 0

    def trigger(self, item):
        self.pending.append(item)
        if self.handle is not None:
            self.handle.cancel()
            self.cancelled += 1
        loop = asyncio.get_running_loop()
        self.handle = loop.call_later(self.delay, self.fire)

    def fire(self):
        batch, self.pending = self.pending, []
        self.handle = None
        self.action(batch)


async def main():
    fired = []
    d = Debouncer(0.04, fired.append)
    bursts = [["a", "b", "c"], ["d"], ["e", "f"]]
    for burst in bursts:
        for item in burst:
            d.trigger(item)
            await asyncio.sleep(0.002)
        await asyncio.sleep(0.08)
    print("batches:", fired)
    print("cancelled timers:", d.cancelled)

    # a keystroke stream: only pauses of 0.04 or more flush
    fired.clear()
    typing = [("h", 0.005), ("e", 0.005), ("l", 0.08), ("l", 0.005), ("o", 0.08)]
    for ch, pause in typing:
        d.trigger(ch)
        await asyncio.sleep(pause)
    print("words:", ["".join(b) for b in fired])


asyncio.run(main())
