# SystemExit raised in a TaskGroup child is not wrapped in an
# ExceptionGroup: it stops the loop and ends the program with its code.
import asyncio


async def quitter():
    await asyncio.sleep(0.01)
    print('child: exiting with code 3')
    raise SystemExit(3)


async def worker():
    try:
        await asyncio.sleep(1)
    finally:
        print('worker: cleanup')


async def main():
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(quitter())
            g.create_task(worker())
            print('body: waiting')
            await asyncio.sleep(1)
    except BaseExceptionGroup as eg:
        print('group (wrong):', repr(eg))
    finally:
        print('main: finally')


try:
    asyncio.run(main())
except SystemExit as e:
    print('SystemExit', e.code)
    raise
