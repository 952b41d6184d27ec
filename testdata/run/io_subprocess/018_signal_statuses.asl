# A process that signals itself: returncode is minus the signal number,
# for TERM, KILL, INT and HUP; a shell reports 128+n for its child.
import asyncio


async def status(cmd):
    proc = await asyncio.create_subprocess_exec("sh", "-c", cmd)
    return await proc.wait()


async def main():
    for sig in ("TERM", "KILL", "INT", "HUP", "USR1"):
        print(sig, await status("kill -%s $$" % sig))
    print("status of a killed child:", await status("sleep 5 & kill -9 $!; wait $!; exit $?"))
    print("exit after a killed child:", await status("sh -c 'kill -TERM $$'; exit $?"))


asyncio.run(main())
