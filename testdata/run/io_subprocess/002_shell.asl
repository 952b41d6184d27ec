# create_subprocess_shell: pipelines, variables, exit statuses.
import asyncio
from asyncio.subprocess import PIPE


async def sh(cmd):
    proc = await asyncio.create_subprocess_shell(cmd, stdout=PIPE, stderr=PIPE)
    out, err = await proc.communicate()
    return proc.returncode, out, err


async def main():
    print(await sh("echo one two three | wc -w"))
    print(await sh("printf 'c\\nb\\na\\n' | sort"))
    print(await sh("X=42; echo value=$X"))
    print(await sh("echo to stderr >&2; exit 3"))
    print(await sh("exit 0"))
    print(await sh("printf 'x%.0s' 1 2 3 4 5 | tr x y"))
    rc, out, err = await sh("no_such_command_xyz_123")
    print("missing command in shell:", rc, out, err != b"")
    print(await sh("for i in 1 2 3; do echo line $i; done | head -2"))


asyncio.run(main())
