# Usage: python3 jitter.py PROGRAM.asl MAX_EXTRA_SECONDS
# Adds a random overshoot (0..MAX) to every asyncio.sleep with a positive delay, to find
# programs whose output depends on timing races.
import asyncio, random, runpy, sys
J = float(sys.argv[2])
orig = asyncio.sleep
async def jsleep(delay, result=None):
    if delay > 0:
        delay += random.uniform(0, J)
    return await orig(delay, result)
asyncio.sleep = jsleep
sys.argv = [sys.argv[1]]
runpy.run_path(sys.argv[0], run_name="__main__")
