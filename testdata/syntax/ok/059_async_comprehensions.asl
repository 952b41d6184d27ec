async def gather_all(source, coros):
    a = [x async for x in source]
    b = {x async for x in source}
    c = {k: v async for k, v in source}
    d = (x async for x in source)
    e = [await c for c in coros]
    f = [await c async for c in source]
    g = [x async for x in source if await check(x)]
    h = [x for y in coros async for x in y]
    i = [x async for y in source for x in y if x]
    j = {await k: await v for k, v in pairs}
    k = sum([x async for x in source])
    l = [y for y in [await z for z in coros]]
    m = [i async for i in aiter(source) if i if not i < 0]
    return a, b, c, d, e, f, g, h, i, j, k, l, m
