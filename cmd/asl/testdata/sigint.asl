import asyncio

class Res:
    async def __aenter__(self):
        print("acquired", flush=True)
    async def __aexit__(self, *a):
        print("released", a[0].__name__, flush=True)

async def main():
    try:
        async with Res():
            print("ready", flush=True)
            await asyncio.sleep(30)
    finally:
        print("main finally", flush=True)

asyncio.run(main())
