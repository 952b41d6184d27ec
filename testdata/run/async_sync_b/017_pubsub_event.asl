# Publish/subscribe: subscribers wait on an Event per message round.
import asyncio


class Broker:
    def __init__(self):
        self.event = asyncio.Event()
        self.message = None
        self.round = 0

    async def publish(self, msg):
        # a fresh Event per round: waiters of this round are released,
        # later waiters wait for the next one
        self.message = msg
        self.round += 1
        old, self.event = self.event, asyncio.Event()
        old.set()
        await asyncio.sleep(0)

    async def next_message(self, last_round):
        while self.round == last_round:
            await self.event.wait()
        return self.round, self.message


async def subscriber(name, broker, want, log):
    seen = 0
    got = []
    while len(got) < want:
        seen, msg = await broker.next_message(seen)
        got.append(msg)
        log.append(f"{name} <- {msg}")
    return got


async def main():
    broker = Broker()
    log = []
    subs = [asyncio.create_task(subscriber(n, broker, k, log)) for n, k in [("s1", 3), ("s2", 1), ("s3", 2)]]
    await asyncio.sleep(0)
    for msg in ["hello", "news", "bye"]:
        await broker.publish(msg)
        await asyncio.sleep(0.01)
    results = await asyncio.gather(*subs)
    print("\n".join(log))
    print(results)
    print("event clear at end:", not broker.event.is_set())


asyncio.run(main())
