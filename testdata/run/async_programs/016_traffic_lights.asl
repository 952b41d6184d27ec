# A state machine driven by loop.call_later: a traffic light with a pedestrian button.
import asyncio


class Light:
    DURATIONS = {"green": 0.04, "yellow": 0.01, "red": 0.03}
    NEXT = {"green": "yellow", "yellow": "red", "red": "green"}

    def __init__(self, cycles):
        self.state = "red"
        self.history = []
        self.left = cycles
        self.done = asyncio.Event()
        self.handle = None

    def start(self):
        self.switch("green")

    def switch(self, state):
        self.state = state
        self.history.append(state)
        if state == "red":
            self.left -= 1
            if self.left == 0:
                self.done.set()
                return
        loop = asyncio.get_running_loop()
        self.handle = loop.call_later(self.DURATIONS[state], self.switch, self.NEXT[state])

    def press_button(self):
        # shortens a green phase: go to yellow right away
        if self.state == "green":
            self.handle.cancel()
            self.history.append("button")
            self.switch("yellow")
            return True
        return False


async def main():
    light = Light(cycles=3)
    light.start()
    presses = []
    await asyncio.sleep(0.02)
    presses.append(light.press_button())
    await asyncio.sleep(0.02)
    presses.append((light.state, light.press_button()))
    await light.done.wait()
    print(" -> ".join(light.history))
    print("presses accepted:", presses)
    print("final:", light.state)


asyncio.run(main())
