async def f():
    g = lambda: await h()
