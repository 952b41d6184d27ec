# Usage: python3 virtual_time.py PROGRAM.asl  (run from the program's folder)
# Run a program with virtual time: sleeps complete instantly in deadline order.
import asyncio, runpy, sys, selectors

class VSelector(selectors.DefaultSelector):
    def __init__(self, loop_ref):
        super().__init__()
        self.loop_ref = loop_ref
    def select(self, timeout=None):
        ev = super().select(0.002 if timeout is None or timeout > 0 else 0)
        if ev:
            return ev
        if timeout is None:
            return super().select(None)
        if timeout > 0:
            self.loop_ref[0].vt += timeout
        return []

class VLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        ref = [None]
        super().__init__(VSelector(ref))
        ref[0] = self
        self.vt = 1000.0
    def time(self):
        return self.vt

class Policy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        return VLoop()

asyncio.set_event_loop_policy(Policy())
sys.argv = [sys.argv[1]]
runpy.run_path(sys.argv[0], run_name="__main__")
