# create_subprocess_shell passes the string to /bin/sh: globbing,
# quoting, command substitution, &&, ||.
import asyncio
from asyncio.subprocess import PIPE


async def sh(cmd):
    proc = await asyncio.create_subprocess_shell(cmd, stdout=PIPE)
    out, _ = await proc.communicate()
    return out.decode().strip(), proc.returncode


async def main():
    for cmd in [
        "echo 'single quoted $x'",
        'echo "double quoted $((2 + 3))"',
        "echo $(echo nested)",
        "true && echo and-ran",
        "false || echo or-ran",
        "false && echo never",
        "echo a; echo b",
        "printf '%s-' x y z",
        "echo tab'\t'here | tr '\\t' '_'",
    ]:
        print("%-32s %r" % (cmd, await sh(cmd)))


asyncio.run(main())
