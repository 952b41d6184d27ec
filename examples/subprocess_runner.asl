# Runs shell commands concurrently, at most three at a time, and reports
# each one's output and exit status in the order they were given.
import asyncio

COMMANDS = [
    'echo hello from $0',
    'printf "a\\nb\\nc\\n" | wc -l',
    'sleep 0.2; echo slept',
    'echo to stderr >&2; exit 3',
    'ls /no/such/dir',
    'seq 1 5 | sort -r | head -n 2',
]


async def run(cmd, limit):
    async with limit:
        proc = await asyncio.create_subprocess_shell(
            cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        try:
            out, err = await asyncio.wait_for(proc.communicate(), timeout=5)
        except TimeoutError:
            proc.kill()
            await proc.wait()
            return cmd, None, b'', b'timed out'
        return cmd, proc.returncode, out, err


async def main():
    limit = asyncio.Semaphore(3)
    results = await asyncio.gather(*(run(cmd, limit) for cmd in COMMANDS))
    for cmd, code, out, err in results:
        print(f'$ {cmd}  -> exit {code}')
        for line in out.decode().splitlines():
            print('   ', line)
        if err:
            print('    stderr:', err.decode().strip().split(':')[0])


asyncio.run(main())
