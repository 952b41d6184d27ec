# A chat room: each member has an inbox Queue; a broadcaster task fans messages out.
import asyncio


class Room:
    def __init__(self):
        self.members = {}
        self.outbox = asyncio.Queue()

    def join(self, name):
        self.members[name] = asyncio.Queue()
        return self.members[name]

    def leave(self, name):
        q = self.members.pop(name)
        q.put_nowait(None)

    async def say(self, sender, text):
        await self.outbox.put((sender, text))

    async def broadcaster(self):
        while True:
            sender, text = await self.outbox.get()
            if sender is None:
                for q in self.members.values():
                    q.put_nowait(None)
                return
            for name, q in self.members.items():
                if name != sender:
                    q.put_nowait(f"{sender}: {text}")


async def member(name, inbox, transcript):
    while True:
        msg = await inbox.get()
        if msg is None:
            return
        transcript.append(f"[{name}] {msg}")


async def main():
    room = Room()
    transcript = []
    b = asyncio.create_task(room.broadcaster())
    ms = {n: asyncio.create_task(member(n, room.join(n), transcript)) for n in ("ann", "bob")}
    await room.say("ann", "hi all")
    await asyncio.sleep(0.01)
    ms["cy"] = asyncio.create_task(member("cy", room.join("cy"), transcript))
    await room.say("bob", "hello ann")
    await room.say("cy", "hey, I just joined")
    await asyncio.sleep(0.01)
    room.leave("bob")
    await room.say("ann", "bye bob")
    await asyncio.sleep(0.01)
    await room.say(None, None)
    await asyncio.gather(b, *ms.values())
    for line in transcript:
        print(line)
    print("members left:", sorted(room.members))


asyncio.run(main())
