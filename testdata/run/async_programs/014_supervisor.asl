# A supervisor restarting crashed workers up to a limit, with done callbacks for bookkeeping.
import asyncio


class Supervisor:
    def __init__(self, max_restarts):
        self.max_restarts = max_restarts
        self.restarts = {}
        self.events = []
        self.finished = asyncio.Event()
        self.running = 0

    def start(self, name, factory):
        self.running += 1
        task = asyncio.create_task(factory(), name=name)
        task.add_done_callback(lambda t: self.on_done(t, factory))

    def on_done(self, task, factory):
        self.running -= 1
        name = task.get_name()
        if task.cancelled():
            self.events.append(f"{name} cancelled")
        elif task.exception() is not None:
            n = self.restarts.get(name, 0)
            if n < self.max_restarts:
                self.restarts[name] = n + 1
                self.events.append(f"{name} crashed ({task.exception()}), restart {n + 1}")
                self.start(name, factory)
            else:
                self.events.append(f"{name} crashed too often, giving up")
        else:
            self.events.append(f"{name} finished with {task.result()}")
        if self.running == 0:
            self.finished.set()


def flaky_worker(crashes):
    state = {"left": crashes}

    async def run():
        await asyncio.sleep(0.001)
        if state["left"] > 0:
            state["left"] -= 1
            raise RuntimeError("crash")
        return "ok"
    return run


async def main():
    sup = Supervisor(max_restarts=2)
    sup.start("steady", flaky_worker(0))
    sup.start("wobbly", flaky_worker(2))
    sup.start("broken", flaky_worker(5))
    await sup.finished.wait()
    for e in sorted(sup.events):
        print(e)
    print("restarts:", dict(sorted(sup.restarts.items())))


asyncio.run(main())
