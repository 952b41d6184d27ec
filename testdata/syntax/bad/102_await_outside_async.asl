async def g():
    pass
def f():
    await g()
