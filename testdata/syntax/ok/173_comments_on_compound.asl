if ready:  # check readiness
    go()  # go!
elif waiting:  # still waiting
    # nothing to do
    pass
else:  # give up
    stop()

for x in items:  # iterate
    # process each
    handle(x)
else:  # no break
    done()

while running:  # loop
    tick()
else:  # finished
    pass

try:  # attempt
    risky()
except Exception as exc:  # handle
    log(exc)
else:  # ok
    pass
finally:  # always
    cleanup()

with ctx() as c:  # context
    use(c)

def f():  # function
    """Doc."""  # after docstring
    return 1  # result

class C:  # class
    x = 1  # attribute
    # trailing comment in class

# between top-level statements
async def g():  # async
    async with a:  # async with
        pass
    async for b in c:  # async for
        pass
