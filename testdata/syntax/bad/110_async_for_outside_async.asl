async def agen():
    yield 1
def f():
    async for x in agen():
        pass
