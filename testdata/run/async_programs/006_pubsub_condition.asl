# A topic-based pub/sub hub built on a Condition; subscribers stop on a "close" message.
import asyncio


class Hub:
    def __init__(self):
        self.cond = asyncio.Condition()
        self.messages = []

    async def publish(self, topic, body):
        async with self.cond:
            self.messages.append((topic, body))
            self.cond.notify_all()

    async def subscribe(self, topics, out):
        pos = 0
        async with self.cond:
            while True:
                await self.cond.wait_for(lambda: pos < len(self.messages))
                while pos < len(self.messages):
                    topic, body = self.messages[pos]
                    pos += 1
                    if topic == "close":
                        return len(out)
                    if topic in topics:
                        out.append(f"{topic}:{body}")


async def main():
    hub = Hub()
    inboxes = {"sports": [], "all": [], "weather": []}
    subs = [
        asyncio.create_task(hub.subscribe({"sports"}, inboxes["sports"])),
        asyncio.create_task(hub.subscribe({"sports", "weather", "news"}, inboxes["all"])),
        asyncio.create_task(hub.subscribe({"weather"}, inboxes["weather"])),
    ]
    await asyncio.sleep(0)
    feed = [("news", "election"), ("sports", "goal"), ("weather", "rain"),
            ("sports", "match over"), ("weather", "sun"), ("close", "")]
    for topic, body in feed:
        await hub.publish(topic, body)
        await asyncio.sleep(0.001)
    counts = await asyncio.gather(*subs)
    for name, box in inboxes.items():
        print(name, box)
    print("counts:", counts)


asyncio.run(main())
