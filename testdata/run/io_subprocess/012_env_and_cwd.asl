# env= replaces the environment; cwd= sets the working directory.
import asyncio
import os
from asyncio.subprocess import PIPE


async def out(*args, **kw):
    proc = await asyncio.create_subprocess_exec(*args, stdout=PIPE, **kw)
    data, _ = await proc.communicate()
    return data.decode()


async def main():
    print(repr(await out("env", env={"ONLY": "this", "AND": "that"})))
    print(repr(await out("sh", "-c", "echo $GREETING", env={"GREETING": "hi there"})))
    env = dict(os.environ)
    env["ASL_TEST_VAR"] = "value 123"
    print(repr(await out("sh", "-c", "echo $ASL_TEST_VAR", env=env)))
    os.mkdir("tmp_io_subprocess_012")
    try:
        print(repr(await out("sh", "-c", "basename $(pwd)", cwd="tmp_io_subprocess_012")))
        print(repr(await out("ls", cwd="tmp_io_subprocess_012")))
    finally:
        os.rmdir("tmp_io_subprocess_012")


asyncio.run(main())
