async def g():
    pass
await g()
