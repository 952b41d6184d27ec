# kill() and terminate() end a sleeping process; returncode is minus the
# signal number (-9, -15).
import asyncio
import signal


async def main():
    proc = await asyncio.create_subprocess_exec("sleep", "30")
    print("running:", proc.returncode)
    proc.kill()
    print("after kill:", await proc.wait())

    proc = await asyncio.create_subprocess_exec("sleep", "30")
    proc.terminate()
    print("after terminate:", await proc.wait())

    proc = await asyncio.create_subprocess_exec("sleep", "30")
    proc.send_signal(signal.SIGINT)
    print("after SIGINT:", await proc.wait())

    proc = await asyncio.create_subprocess_shell("exec sleep 30")
    proc.send_signal(signal.SIGKILL)
    print("shell exec killed:", await proc.wait(), proc.returncode == -signal.SIGKILL)

    proc = await asyncio.create_subprocess_exec("true")
    await proc.wait()
    try:
        proc.kill()
        print("kill after exit: no error")
    except ProcessLookupError as e:
        print(type(e).__name__)


asyncio.run(main())
